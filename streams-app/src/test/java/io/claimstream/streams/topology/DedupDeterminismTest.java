package io.claimstream.streams.topology;

import static io.claimstream.streams.testdata.ArticleBuilder.article;
import static io.claimstream.streams.testdata.ArticleBuilder.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.schema.DealState;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.serde.AvroBinary;
import io.claimstream.streams.testdata.ArticleBuilder;
import io.claimstream.streams.topics.TopicLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The same articles, delivered in other interleavings of the input partitions, give byte for byte the same duplicate
 * notices, pieces and deal states: dedup decides each settled group in canonical order, never in arrival order.
 */
class DedupDeterminismTest {

    private static final String SEED_OFFER = "000_08a18f8c2fb835f0.txt";
    private static final String SEED_TALKS = "001_3b960e37f99b3145.txt";
    private static final String SEED_SANCTIONS = "002_4031e58a0f0c6545.txt";
    private static final Instant T0 = Instant.parse("2025-03-20T10:00:00Z");
    private static final int LANES = 3;

    /** Seeds, copies of them under other URLs, a teaser, and an independent report of the same event. */
    private static List<ArticleBuilder> corpus() {
        String offer = seed(SEED_OFFER).build().getText();
        String talks = seed(SEED_TALKS).build().getText();
        String sanctions = seed(SEED_SANCTIONS).build().getText();
        return List.of(
                seed(SEED_OFFER).url("https://wire.example/drc-offer").publishedAt("2025-03-19T08:00:00Z"),
                article("mirror-of-offer").url("https://mirror.example/a/1").text(offer).publishedAt("2025-03-19T08:00:00Z"),
                article("syndicated-talks").url("https://syndicate.example/talks")
                        .text("World | Africa\nShare this article\n" + talks + "\nRelated: more from Africa\nSubscribe now")
                        .publishedAt("2025-03-18T07:00:00Z"),
                seed(SEED_TALKS).url("https://analysis.example/drc-talks").publishedAt("2025-03-18T09:00:00Z"),
                seed(SEED_SANCTIONS).url("https://blog.example/clandestino"),
                article("sanctions-teaser").url("https://digest.example/sanctions")
                        .text(String.join("\n", sanctions.lines().limit(6).toList()) + "\nRead the full story on our site."),
                article("offer-republished").url("https://aggregator.example/offer").text(offer),
                article("independent-letter-report").url("https://daily.example/letter").publishedAt("2025-03-19T12:00:00Z")
                        .text("""
                                Congo's president wrote to Donald Trump on February 8, a letter seen by our reporters shows.
                                Felix Tshisekedi asked Washington for a security pact in return for access to cobalt and lithium.
                                "We are open to every partner who helps us end this war," a senior adviser told us in Kinshasa.
                                Diplomats in Washington said the proposal was being studied but no talks had been scheduled.
                                Rwanda denies backing the M23 rebels, who hold Goma and Bukavu in the east of the country."""));
    }

    @Test
    void anotherInterleavingOfTheInputPartitionsGivesByteIdenticalNoticesPiecesAndDeals() {
        List<ArticleBuilder> articles = corpus();
        Outputs inFileOrder = run(articles, i -> T0.toEpochMilli() + 10L * i, false);
        Outputs lanesOneAfterAnother = run(articles, i -> T0.toEpochMilli() + 10L * i, true);

        assertThat(inFileOrder.notices()).isNotEmpty();
        assertThat(lanesOneAfterAnother).isEqualTo(inFileOrder);
    }

    @Test
    void lanesLaggingWithinTheGraceGiveTheSameDecisionsAcrossSeveralWindows() {
        List<ArticleBuilder> articles = corpus();
        // 300 ms apart: the articles span four settle windows, and each lane is up to 400 ms behind the next.
        ToLongFunction<Integer> producedAt = i -> T0.toEpochMilli() + 300L * i;
        Outputs inTimeOrder = run(articles, producedAt, false);
        Outputs skewedLanes = runSkewed(articles, producedAt, 200);

        assertThat(skewedLanes).isEqualTo(inTimeOrder);
    }

    @Test
    void theCanonicalPieceIsTheEarliestPublishedWhicheverArrivesFirst() {
        List<ArticleBuilder> articles = new ArrayList<>(corpus());
        Collections.reverse(articles);
        Outputs reversed = run(articles, i -> T0.toEpochMilli() + 10L * i, false);

        // The syndicated copy carries an earlier date than the analysis it copies; the seed and its mirror share one
        // date, so the smaller id wins; undated republications never become canonical over a dated original.
        assertThat(reversed.canonicalOf()).containsEntry("file:seeds/" + SEED_TALKS, "syndicated-talks")
                .containsEntry("mirror-of-offer", "file:seeds/" + SEED_OFFER)
                .containsEntry("offer-republished", "file:seeds/" + SEED_OFFER)
                .doesNotContainKey("independent-letter-report");
    }

    /** What came out, as bytes (Avro binary of each value) so that equality means byte-identical. */
    record Outputs(List<String> notices, List<String> pieces, List<String> deals, Map<String, String> canonicalOf) {
    }

    private static Outputs run(List<ArticleBuilder> articles, ToLongFunction<Integer> producedAt, boolean laneByLane) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        if (laneByLane) {
            // What one task sees when lane 2 is fetched first, then lane 0, then lane 1 (each lane in its own order).
            order.sort(Comparator.comparingInt((Integer i) -> (lane(articles.get(i)) + 1) % LANES));
        }
        return drive(articles, order, producedAt);
    }

    private static Outputs runSkewed(List<ArticleBuilder> articles, ToLongFunction<Integer> producedAt, long lagPerLane) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> producedAt.applyAsLong(i) + lagPerLane * lane(articles.get(i))));
        return drive(articles, order, producedAt);
    }

    private static Outputs drive(List<ArticleBuilder> articles, List<Integer> order, ToLongFunction<Integer> producedAt) {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            for (int i : order) {
                pipeline.publishAt(articles.get(i), Instant.ofEpochMilli(producedAt.applyAsLong(i)));
            }
            pipeline.settle();
            List<TestRecord<String, DuplicateNotice>> notices = pipeline.read(TopicLabel.ARTICLES_DUPLICATES, DuplicateNotice.class);
            Map<String, String> canonicalOf = new TreeMap<>();
            notices.forEach(n -> canonicalOf.put(n.key(), n.value().getCanonicalArticleId()));
            return new Outputs(bytes(notices), bytes(pipeline.read(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class)),
                    bytes(pipeline.read(TopicLabel.DEALS, DealState.class)), canonicalOf);
        }
    }

    private static int lane(ArticleBuilder article) {
        return Math.floorMod(article.key().hashCode(), LANES);
    }

    private static <T extends SpecificRecordBase> List<String> bytes(List<TestRecord<String, T>> records) {
        List<String> out = new ArrayList<>();
        for (TestRecord<String, T> r : records) {
            out.add(r.key() + "@" + r.timestamp() + "=" + HexFormat.of().formatHex(AvroBinary.encode(r.value())));
        }
        return out;
    }
}
