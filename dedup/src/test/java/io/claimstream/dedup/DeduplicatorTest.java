package io.claimstream.dedup;

import static io.claimstream.dedup.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.schema.Article;
import io.claimstream.schema.DuplicateKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private final FingerprintExtractor extractor = new FingerprintExtractor();
    private final InMemoryFingerprintStore store = new InMemoryFingerprintStore();
    private final Deduplicator deduplicator = new Deduplicator(new InMemoryCandidateIndex(), store);

    private Decision decide(Article article) {
        return deduplicator.decide(article.getId(), extractor.extract(article));
    }

    private static List<Article> oneDaysNews() {
        return List.of(
                article("rain").from("citypaper.com").text(NewsFixtures.UNRELATED).build(),
                article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build(),
                article("agency").from("otherwire.com").text(NewsFixtures.INDEPENDENT_REPORT).build(),
                article("chrome").from("aggregator.io").text(NewsFixtures.IN_OTHER_CHROME).build(),
                article("rewrite").from("newsdigest.site").text(NewsFixtures.ATTRIBUTED_REWRITE).build(),
                article("spun").from("contentfarm.biz").text(NewsFixtures.SYNONYM_SPUN).build(),
                article("fr").from("journal.fr").language("fr").text(NewsFixtures.FRENCH_TRANSLATION).build());
    }

    @Test
    void firstSeenArticleOfAPieceIsUnique() {
        assertThat(decide(article("orig").text(NewsFixtures.ORIGINAL).build()))
                .isEqualTo(new Decision.Unique("orig"));
    }

    @Test
    void everyCopyPointsToTheFirstSeenOriginalAndTheIndependentReportStaysUnique() {
        List<Decision> decisions = oneDaysNews().stream().map(this::decide).toList();

        assertThat(decisions.get(0)).isInstanceOf(Decision.Unique.class);
        assertThat(decisions.get(1)).isInstanceOf(Decision.Unique.class);
        assertThat(decisions.get(2)).isInstanceOf(Decision.Unique.class);
        assertThat(decisions.subList(3, 7)).allSatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Decision.Duplicate.class, dup -> assertThat(dup.canonicalId()).isEqualTo("orig")));
        assertThat(((Decision.Duplicate) decisions.get(6)).verdict().kind()).isEqualTo(DuplicateKind.TRANSLATION);
    }

    @Test
    void copyOfACopyPointsToTheRootCanonical() {
        decide(article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build());
        decide(article("chrome").from("aggregator.io").text(NewsFixtures.IN_OTHER_CHROME).build());

        Decision copyOfCopy = decide(article("mirror").from("mirror.net").text(NewsFixtures.IN_OTHER_CHROME).build());

        assertThat(copyOfCopy).isInstanceOfSatisfying(Decision.Duplicate.class, d -> {
            assertThat(d.matchedId()).isEqualTo("chrome");
            assertThat(d.canonicalId()).isEqualTo("orig");
            assertThat(d.verdict().kind()).isEqualTo(DuplicateKind.EXACT);
        });
    }

    @Test
    void aReportThatOnlyATranslationLinksToTheStoryStaysOutWhenTheOriginalInItsLanguageSaysNo() {
        decide(article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build());
        decide(article("fr").from("journal.fr").language("fr").text(NewsFixtures.FRENCH_TRANSLATION).build());

        Decision report = decide(article("agency").from("otherwire.com")
                .text(NewsFixtures.INDEPENDENT_REPORT_NAMING_EVERYONE).build());

        assertThat(report).isEqualTo(new Decision.Unique("agency"));
    }

    @Test
    void aTranslationOfACopyStillJoinsTheOriginalsStory() {
        decide(article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build());
        decide(article("chrome").from("aggregator.io").text(NewsFixtures.IN_OTHER_CHROME).build());

        Decision german = decide(article("de").from("zeitung.de").language("de").text(NewsFixtures.GERMAN_TRANSLATION).build());

        assertThat(german).isInstanceOfSatisfying(Decision.Duplicate.class, d -> {
            assertThat(d.canonicalId()).isEqualTo("orig");
            assertThat(d.verdict().kind()).isEqualTo(DuplicateKind.TRANSLATION);
        });
    }

    @Test
    void sameInputOrderGivesTheSameDecisions() {
        List<Decision> first = new ArrayList<>();
        List<Decision> second = new ArrayList<>();
        Deduplicator a = Deduplicator.inMemory();
        Deduplicator b = Deduplicator.inMemory();
        for (Article article : oneDaysNews()) {
            first.add(a.decide(article.getId(), extractor.extract(article)));
            second.add(b.decide(article.getId(), new FingerprintExtractor().extract(article)));
        }

        assertThat(second).isEqualTo(first);
    }

    @Test
    void expiredCandidateIsSkippedRatherThanFailing() {
        decide(article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build());
        store.expire("orig");

        Decision rewrite = decide(article("spun").from("contentfarm.biz").text(NewsFixtures.SYNONYM_SPUN).build());

        assertThat(rewrite).isEqualTo(new Decision.Unique("spun"));
    }

    @Test
    void exactCopyOfAnExpiredArticleIsStillFoundThroughTheExactIndex() {
        decide(article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build());
        store.expire("orig");

        Decision copy = decide(article("copy").from("mirror.net").text(NewsFixtures.ORIGINAL).build());

        assertThat(copy).isInstanceOfSatisfying(Decision.Duplicate.class,
                d -> assertThat(d.canonicalId()).isEqualTo("orig"));
    }

    @Test
    void fullBucketsKeepOnlyTheNewestIdsSoLookupCostIsBounded() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex(3);
        for (int i = 0; i < 10; i++) {
            index.add(List.of("k"), "id" + i, java.time.Instant.EPOCH);
        }

        assertThat(index.candidates(List.of("k"))).containsExactly("id9", "id8", "id7");
    }

    @Test
    void anOriginalBehindACrowdOfRecentTopicArticlesIsStillJudgedThroughTheKeysFewOthersHold() {
        // The rewrite shares three keys with the original that nobody else holds, and every other key with a crowd of
        // 40 recent articles on the topic (16 per key, the bucket bound), each of which shares far more keys with it
        // than the original does: by plain estimate the original ranks behind all 32 judged.
        Fingerprint original = extractor.extract(article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build());
        Fingerprint rewrite = extractor.extract(
                article("spun").from("contentfarm.biz").text(NewsFixtures.SYNONYM_SPUN).build());
        Fingerprint unrelated = extractor.extract(article("rain").text(NewsFixtures.UNRELATED).build());
        java.util.Map<String, List<String>> buckets = new java.util.HashMap<>();
        List<String> keys = LshBands.of(rewrite);
        for (int k = 0; k < keys.size(); k++) {
            List<String> ids = new ArrayList<>();
            if (k == 5 || k == 17 || k == 40) {
                ids.add("orig");
            } else {
                for (int j = 0; j < InMemoryCandidateIndex.DEFAULT_BUCKET_CAPACITY; j++) {
                    ids.add("crowd" + (k + j) % 40);
                }
            }
            buckets.put(keys.get(k), ids);
        }
        CandidateIndex crowded = new CandidateIndex() {
            @Override
            public List<String> candidates(List<String> lookup) {
                List<String> out = new ArrayList<>();
                lookup.forEach(key -> out.addAll(buckets.getOrDefault(key, List.of())));
                return out;
            }

            @Override
            public void add(List<String> added, String articleId, java.time.Instant eventTime) {
            }
        };
        store.put("orig", new StoredFingerprint(original, null), original.observedAt());
        for (int i = 0; i < 40; i++) {
            store.put("crowd" + i, new StoredFingerprint(unrelated, null), unrelated.observedAt());
        }

        Decision decision = new Deduplicator(crowded, store).decide("spun", rewrite);

        assertThat(decision).isInstanceOfSatisfying(Decision.Duplicate.class,
                d -> assertThat(d.canonicalId()).isEqualTo("orig"));
    }
}
