package io.claimstream.streams.topology;

import static io.claimstream.streams.testdata.ArticleBuilder.article;
import static io.claimstream.streams.testdata.ArticleBuilder.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.schema.Bid;
import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.BidUpdateKind;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.schema.DealState;
import io.claimstream.schema.DuplicateKind;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.streams.topics.TopicLabel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class PipelineTopologyTest {

    private static final String SEED = "000_08a18f8c2fb835f0.txt";

    @Test
    void aRecordThatIsNotAvroBecomesADeadLetterWithItsOriginalBytes() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            byte[] garbage = "{\"json\": true}".getBytes(StandardCharsets.UTF_8);
            pipeline.publishRaw("k".getBytes(), garbage);

            List<TestRecord<String, DeadLetter>> dead = pipeline.read(TopicLabel.DEAD_LETTERS, DeadLetter.class);
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(r.value().getStage()).isEqualTo(DeadLetterStage.DESERIALIZATION);
                assertThat(r.value().getReason()).isEqualTo("bad-magic-byte");
                assertThat(bytes(r.value().getValue())).isEqualTo(garbage);
                assertThat(r.value().getTopic()).isEqualTo("articles.raw.v1");
                assertThat(r.value().getOffset()).isZero();
            });
        }
    }

    @Test
    void anArticleWithoutTextIsDeadLetteredAndTheNextOneStillGoesThrough() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.publish(article("empty").url("https://example.org/empty").text("   "));
            pipeline.publish(article("good").url("https://example.org/good").text("Qatar is said to be interested in Congolese cobalt."));

            assertThat(pipeline.read(TopicLabel.DEAD_LETTERS, DeadLetter.class))
                    .singleElement().satisfies(r -> assertThat(r.value().getReason()).isEqualTo("empty-text"));
            assertThat(pipeline.read(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class))
                    .extracting(r -> r.value().getArticle().getId()).containsExactly("good");
        }
    }

    @Test
    void anExactCopyUnderAnotherUrlIsADuplicateAndTheOriginalCountsItsCopy() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.publish(seed(SEED).url("https://original.example/story"));
            pipeline.publish(article("copy-2").url("https://another.example/x").text(seed(SEED).build().getText()));

            List<TestRecord<String, DuplicateNotice>> notices = pipeline.read(TopicLabel.ARTICLES_DUPLICATES, DuplicateNotice.class);
            assertThat(notices).extracting(r -> r.value().getArticleId()).containsExactly("copy-2");
            assertThat(notices.get(0).value().getKind()).isEqualTo(DuplicateKind.EXACT);
            assertThat(notices.get(0).value().getCanonicalArticleId()).isEqualTo("file:seeds/" + SEED);

            List<TestRecord<String, UniqueArticle>> pieces = pipeline.read(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class);
            UniqueArticle last = pieces.get(pieces.size() - 1).value();
            assertThat(last.getArticle().getId()).isEqualTo("file:seeds/" + SEED);
            assertThat(last.getCopyCount()).isEqualTo(1);
            assertThat(last.getCopySources()).containsExactly("another.example");
        }
    }

    @Test
    void theSameArticlePublishedTwiceIsDecidedOnce() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.publish(seed(SEED).url("https://original.example/story"));
            pipeline.publish(seed(SEED).url("https://original.example/story"));

            assertThat(pipeline.read(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class)).hasSize(1);
            assertThat(pipeline.read(TopicLabel.ARTICLES_DUPLICATES, DuplicateNotice.class)).isEmpty();
        }
    }

    @Test
    void seedClaimsAreKeyedByTheirDealAndBuildTheDrcDeal() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.publish(seed(SEED));

            List<TestRecord<String, Claim>> claims = pipeline.read(TopicLabel.CLAIMS, Claim.class);
            assertThat(claims).isNotEmpty().allSatisfy(r -> assertThat(r.key())
                    .isEqualTo(r.value().getDealId() != null ? r.value().getDealId() : r.value().getArticleId()));
            DealState drc = pipeline.latest(TopicLabel.DEALS, DealState.class).get("CD:critical-minerals");
            assertThat(drc).isNotNull();
            assertThat(drc.getBids()).extracting(b -> b.getBidder().getId()).contains("US", "QA");
            List<TestRecord<String, BidUpdate>> updates = pipeline.read(TopicLabel.BID_UPDATES, BidUpdate.class);
            assertThat(updates).anySatisfy(u -> {
                assertThat(u.value().getKind()).isEqualTo(BidUpdateKind.NEW_BIDDER);
                assertThat(u.value().getBidder().getId()).isEqualTo("US");
            });
        }
    }

    @Test
    void aCopyArrivingAfterItsOriginalRaisesMentionsButNeverIndependentSources() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.publish(seed(SEED).url("https://original.example/story"));
            Bid before = usBid(pipeline.latest(TopicLabel.DEALS, DealState.class).get("CD:critical-minerals"));

            pipeline.publish(article("copy").url("https://mirror.example/copy").text(seed(SEED).build().getText()));
            Bid after = usBid(pipeline.latest(TopicLabel.DEALS, DealState.class).get("CD:critical-minerals"));

            assertThat(after.getIndependentSources()).isEqualTo(before.getIndependentSources());
            assertThat(after.getMentions()).isGreaterThan(before.getMentions());
        }
    }

    @Test
    void aRivalryBetweenTwoBiddersJoinsTheDealItsArticleIsAbout() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.publish(article("rivals").url("https://news.example/rivals").text(
                    "The DRC offered the United States access to its cobalt in exchange for a security pact.\n"
                            + "The United States and China are competing for influence in Africa."));

            assertThat(pipeline.read(TopicLabel.CLAIMS, Claim.class)).anySatisfy(r -> {
                assertThat(r.value().getAction().name()).isEqualTo("COMPETE");
                assertThat(r.key()).isEqualTo("CD:critical-minerals");
            });
            DealState drc = pipeline.latest(TopicLabel.DEALS, DealState.class).get("CD:critical-minerals");
            assertThat(drc.getBids()).extracting(b -> b.getBidder().getId()).contains("US", "CN");
        }
    }

    @Test
    void nonEnglishArticlesYieldNoGuessedClaims() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.publish(article("fr").url("https://exemple.fr/a").language("fr").text(
                    "La République démocratique du Congo a proposé aux États-Unis un accès à ses minerais en échange d'une aide militaire."));

            assertThat(pipeline.read(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class)).hasSize(1);
            assertThat(pipeline.read(TopicLabel.CLAIMS, Claim.class)).isEmpty();
        }
    }

    private static Bid usBid(DealState deal) {
        return deal.getBids().stream().filter(b -> b.getBidder().getId().equals("US")).findFirst().orElseThrow();
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
