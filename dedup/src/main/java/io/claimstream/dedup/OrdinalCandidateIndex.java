package io.claimstream.dedup;

import java.util.List;

/**
 * A {@link CandidateIndex} that can also name its ids by dense ints. The decider counts up to 1,280 returned ids per
 * article; as strings each costs a read of a string object scattered over the heap (for its hash), which dominated
 * {@link Deduplicator#decide} with a million articles of history. With ordinals it counts in a small int table and
 * resolves to strings only the ids it ranks.
 */
public interface OrdinalCandidateIndex extends CandidateIndex {

    /** Exactly the ids {@code candidates(List.of(key))} returns, in the same order, as ordinals. */
    int[] ordinals(String key);

    /**
     * {@link #ordinals(String)} of each key. An index may look the keys up together: independent lookups let the
     * processor overlap their cache misses, where one lookup after another waits for each in turn.
     */
    default int[][] ordinals(List<String> keys) {
        int[][] out = new int[keys.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = ordinals(keys.get(k));
        }
        return out;
    }

    /** The id of an ordinal {@link #ordinals} returned. */
    String id(int ordinal);

    /** The ordinal of {@code id}, or -1 if the index has never seen it. */
    int ordinal(String id);

    /**
     * {@link #orderKey(String)} of the ordinal's id. The decider breaks ties between equally ranked candidates by id,
     * often among a hundred of them; an index that keeps these keys in an array spares it reading as many strings.
     */
    default long orderKey(int ordinal) {
        return orderKeyOf(id(ordinal));
    }

    /** An order key that says nothing: the ids must be compared. */
    long NO_ORDER_KEY = -1L;

    /**
     * An order key: the first 7 characters of {@code id} as bytes, big-endian, zero-padded, low byte 0; {@link #NO_ORDER_KEY} if one
     * of them is not Latin-1. Of two ids with keys other than that, different keys order as the ids do
     * ({@link String#compareTo}: where the keys first differ, either both ids have a character there and it decides,
     * or the shorter id ended, so it is a prefix of the other); equal keys say nothing.
     */
    static long orderKeyOf(String id) {
        long key = 0;
        for (int c = 0; c < 7; c++) {
            int ch = c < id.length() ? id.charAt(c) : 0;
            if (ch > 0xFF) {
                return NO_ORDER_KEY;
            }
            key |= (long) ch << (56 - 8 * c);
        }
        return key;
    }
}
