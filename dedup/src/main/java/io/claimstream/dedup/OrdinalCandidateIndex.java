package io.claimstream.dedup;

/**
 * A {@link CandidateIndex} that can also name its ids by dense ints. The decider counts up to 1,280 returned ids per
 * article; as strings each costs a read of a string object scattered over the heap (for its hash), which dominated
 * {@link Deduplicator#decide} with a million articles of history. With ordinals it counts in a small int table and
 * resolves to strings only the ids it ranks.
 */
public interface OrdinalCandidateIndex extends CandidateIndex {

    /** Exactly the ids {@code candidates(List.of(key))} returns, in the same order, as ordinals. */
    int[] ordinals(String key);

    /** The id of an ordinal {@link #ordinals} returned. */
    String id(int ordinal);

    /** The ordinal of {@code id}, or -1 if the index has never seen it. */
    int ordinal(String id);
}
