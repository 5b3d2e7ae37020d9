package io.claimstream.streams.topology;

import io.claimstream.schema.Article;
import io.claimstream.schema.DuplicateKind;
import java.util.List;

/**
 * Deduplication as the topology sees it, split in two: {@link #fingerprint} is the expensive, stateless part and runs
 * in parallel on every input partition; the {@link Decider} is cheap and runs in one sequential task over the state.
 */
public interface DedupStage {

    byte[] fingerprint(Article article);

    /** A decider bound to one task's stores. */
    Decider decider(DedupIndex index);

    @FunctionalInterface
    interface Decider {
        Decision decide(Article article, byte[] fingerprint);
    }

    sealed interface Decision {
        record Unique() implements Decision {
        }

        record Duplicate(String canonicalId, DuplicateKind kind, double similarity, List<String> evidence) implements Decision {
        }
    }

    /**
     * The decider's view of the task's state stores. Entries expire with the stores' retention, so a looked-up id may
     * have no fingerprint any more; deciders must tolerate that.
     */
    interface DedupIndex {
        /**
         * Ids filed under a key (an LSH band, an exact URL or hash key), newest first, at most {@code limit}: a key
         * shared by very many articles (boilerplate) must not make one lookup cost more than the next.
         */
        List<String> idsFor(String key, int limit);

        void file(String key, String articleId);

        byte[] fingerprintOf(String articleId);

        void storeFingerprint(String articleId, byte[] fingerprint);
    }
}
