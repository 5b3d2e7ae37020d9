package io.claimstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InMemoryCandidateIndexTest {

    @Test
    void keepsTheNewestIdsPerKeyNewestFirst() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex(3);
        for (int i = 0; i < 5; i++) {
            index.add(List.of("k", "only-" + i), "a" + i, Instant.EPOCH);
        }

        assertThat(index.candidates(List.of("k"))).containsExactly("a4", "a3", "a2");
        assertThat(index.candidates(List.of("only-1", "missing", "k"))).containsExactly("a1", "a4", "a3", "a2");
        assertThat(index.ordinals("k")).containsExactly(index.ordinal("a4"), index.ordinal("a3"), index.ordinal("a2"));
        assertThat(index.ordinal("never")).isEqualTo(-1);
        assertThat(index.keyCount()).isEqualTo(6);
    }

    /** Enough keys to fill several pool chunks and rehash the table many times, against a plain map of lists. */
    @Test
    void agreesWithAPlainMapOverManyKeysOfAnyLength() {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        Map<String, List<String>> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(1);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 150_000; i++) {
            keys.add(i % 1000 == 0 ? "u:https://exemple.fr/é/" + "x".repeat(random.nextInt(3000)) + i
                    : "m" + (i % 64) + ":" + Long.toHexString(random.nextLong()));
        }
        for (int article = 0; article < 30_000; article++) {
            List<String> articleKeys = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                articleKeys.add(keys.get(random.nextInt(article < 100 ? 50 : keys.size())));
            }
            String id = "a" + article;
            index.add(articleKeys, id, Instant.EPOCH);
            for (String key : articleKeys) {
                reference.computeIfAbsent(key, x -> new ArrayList<>()).add(0, id);
            }
        }
        for (String key : keys) {
            List<String> expected = reference.getOrDefault(key, List.of());
            assertThat(index.candidates(List.of(key)))
                    .containsExactlyElementsOf(expected.subList(0, Math.min(16, expected.size())));
        }
        assertThat(index.keyCount()).isEqualTo(reference.size());
    }

    @Test
    void orderKeysOrderIdsAsTheirStringsDo() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "\u0000 09Aaz\u00e9\u00ff\u0100\u20ac";
        List<String> ids = new ArrayList<>(List.of("", "a", "a1", "a12345", "a123456", "a1234567", "a1234568"));
        for (int i = 0; i < 3000; i++) {
            StringBuilder id = new StringBuilder();
            for (int c = random.nextInt(10); c > 0; c--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ids.add(id.toString());
        }
        for (String a : ids.subList(0, 300)) {
            for (String b : ids) {
                assertThat(Integer.signum(Deduplicator.Hits.compareIds(new Deduplicator.Hits(a), new Deduplicator.Hits(b))))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }
}
