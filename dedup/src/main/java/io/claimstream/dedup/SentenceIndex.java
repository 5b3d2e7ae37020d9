package io.claimstream.dedup;

/**
 * Word -> bitmask of the sentences containing it, for one article, so each sentence of the other article finds its best
 * overlap in one pass over its own words instead of one merge per sentence pair. Open addressing over the 16-bit word
 * hashes; at most 64 sentences (fingerprints keep {@value FingerprintExtractor#MAX_SENTENCES}).
 */
final class SentenceIndex {

    /** Sentences an index holds: one bit each in a long. */
    static final int MAX_SENTENCES = Long.SIZE;

    private final short[] keys;
    private final long[] masks;
    private final boolean[] used;
    private final int[] sentenceSizes;
    /**
     * One bit per possible 16-bit word (8 KB): most words of a candidate are not in this article at all, and the bit
     * rules them out without probing the table.
     */
    private final long[] present = new long[(1 << Short.SIZE) / Long.SIZE];

    SentenceIndex(short[][] sentenceWords) {
        int words = 0;
        for (short[] s : sentenceWords) {
            words += s.length;
        }
        int capacity = Integer.highestOneBit(Math.max(16, words * 2)) << 1;
        keys = new short[capacity];
        masks = new long[capacity];
        used = new boolean[capacity];
        sentenceSizes = new int[Math.min(MAX_SENTENCES, sentenceWords.length)];
        for (int j = 0; j < sentenceSizes.length; j++) {
            sentenceSizes[j] = sentenceWords[j].length;
            for (short w : sentenceWords[j]) {
                int slot = slot(w);
                keys[slot] = w;
                used[slot] = true;
                masks[slot] |= 1L << j;
                present[(w & 0xFFFF) >>> 6] |= 1L << w;
            }
        }
    }

    private int slot(short w) {
        int mask = keys.length - 1;
        int i = (w * 0x9E37) & mask;
        while (used[i] && keys[i] != w) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private boolean mayContain(short w) {
        return (present[(w & 0xFFFF) >>> 6] & 1L << w) != 0;
    }

    private int bestSentence = -1;

    /** Best Dice overlap of {@code words} (sorted distinct) with any indexed sentence; see {@link #bestSentence()}. */
    double bestDice(short[] words, int[] scratch) {
        java.util.Arrays.fill(scratch, 0, sentenceSizes.length, 0);
        for (short w : words) {
            if (!mayContain(w)) {
                continue;
            }
            int slot = slot(w);
            if (used[slot]) {
                long m = masks[slot];
                while (m != 0) {
                    scratch[Long.numberOfTrailingZeros(m)]++;
                    m &= m - 1;
                }
            }
        }
        double best = 0;
        bestSentence = -1;
        for (int j = 0; j < sentenceSizes.length; j++) {
            if (scratch[j] > 0) {
                double dice = 2.0 * scratch[j] / (words.length + sentenceSizes[j]);
                if (dice > best) {
                    best = dice;
                    bestSentence = j;
                }
            }
        }
        return best;
    }

    /** Bit j set: indexed sentence j contains {@code word}. */
    long sentencesWith(short word) {
        if (!mayContain(word)) {
            return 0;
        }
        int slot = slot(word);
        return used[slot] ? masks[slot] : 0;
    }

    int sentenceSize(int j) {
        return sentenceSizes[j];
    }

    /** The indexed sentence the last {@link #bestDice} call found best (the first of equals), or -1 for none. */
    int bestSentence() {
        return bestSentence;
    }

    int sentences() {
        return sentenceSizes.length;
    }
}
