package io.claimstream.dedup;

/**
 * How the sentences of the shorter article line up with the longer one's: for each, its best Dice overlap of content
 * words with a sentence of the other, credited 0 at {@value #FLOOR} and 1 from {@value #FULL} (an identical sentence
 * is 1).
 *
 * <p>Quotations are weighed apart from a piece's own words. A sentence quoted in one article and written plainly in the
 * other, nearly word for word, is one piece citing the other (or both citing one statement): no credit. A sentence
 * quoted in both is a statement any report of the event may quote: half credit.
 *
 * @param sentences  sentences of the shorter article
 * @param credit     summed credit
 * @param aligned    sentences whose own words (not a quotation) overlap by at least {@value #MATCH}
 * @param identical  sentences found verbatim in the other
 * @param cited      sentences one article quotes from the other's own words
 * @param inOrder    of the credited sentences, the most whose matches in the other run in the same order
 * @param credited   sentences with any credit
 * @param verbatimWords content words in the shorter's sentences matched at least {@value #VERBATIM}, as own words
 */
record SentenceAlignment(int sentences, double credit, int aligned, int identical, int cited, int inOrder, int credited,
                         int verbatimWords) {

    static final double MATCH = 0.35;
    static final double FLOOR = 0.2;
    static final double FULL = 0.5;
    /** Overlap from which a sentence quoted on one side only is a citation of the other's words. */
    static final double CITATION = 0.6;
    static final double QUOTATION_CREDIT = 0.5;
    static final double VERBATIM = 0.8;
    static final int MIN_PLAIN_WORDS = 2;
    static final double NAMES_ONLY_CREDIT = 0.5;

    static SentenceAlignment of(Fingerprint shorter, Fingerprint longer) {
        return of(shorter, longer, new SentenceIndex(longer.sentenceWords()));
    }

    /** As {@link #of(Fingerprint, Fingerprint)}, with the longer article's sentences already indexed. */
    static SentenceAlignment of(Fingerprint shorter, Fingerprint longer, SentenceIndex longerIndex) {
        int n = shorter.sentenceWords().length;
        BestMatches matches = new BestMatches(n);
        int[] scratch = new int[longerIndex.sentences()];
        for (int i = 0; i < n; i++) {
            if (!matches.identical(i, longer, shorter.sentenceHashes()[i])) {
                matches.set(i, longerIndex.bestDice(shorter.sentenceWords()[i], scratch), longerIndex.bestSentence());
            }
        }
        return credit(shorter, longer, matches);
    }

    /**
     * As {@link #of(Fingerprint, Fingerprint)}, with the <em>shorter</em> article's sentences indexed: the shared words
     * of every sentence pair are counted from the longer's words, then each shorter sentence takes its best as
     * {@link SentenceIndex#bestDice} would (same counts, same formula, first of equals). This lets the article being
     * decided be indexed once for all its candidates. Requires every sentence of both to be a set of words
     * ({@link #hasDistinctWords}) and the index to hold all of the shorter's sentences.
     */
    static SentenceAlignment ofIndexedShorter(Fingerprint shorter, SentenceIndex shorterIndex, Fingerprint longer) {
        return ofIndexedShorter(shorter, shorterIndex, longer, new int[0]);
    }

    /** {@code scratch}: reused between calls when long enough (the matrix is up to 64 x 64 counts). */
    static SentenceAlignment ofIndexedShorter(Fingerprint shorter, SentenceIndex shorterIndex, Fingerprint longer,
                                              int[] scratch) {
        int n = shorter.sentenceWords().length;
        int m = Math.min(SentenceIndex.MAX_SENTENCES, longer.sentenceWords().length);
        int[] shared = sharedWords(shorterIndex, longer.sentenceWords(), n, m, scratch);
        BestMatches matches = new BestMatches(n);
        for (int i = 0; i < n; i++) {
            if (!matches.identical(i, longer, shorter.sentenceHashes()[i])) {
                bestOfRow(matches, i, shared, shorterIndex.sentenceSize(i), longer.sentenceWords(), m);
            }
        }
        return credit(shorter, longer, matches);
    }

    /** shared[i * m + j]: words sentence i of the indexed article shares with sentence j of {@code other}. */
    private static int[] sharedWords(SentenceIndex index, short[][] other, int n, int m, int[] scratch) {
        int[] shared = scratch.length >= n * m ? scratch : new int[n * m];
        java.util.Arrays.fill(shared, 0, n * m, 0);
        for (int j = 0; j < m; j++) {
            for (short w : other[j]) {
                long mask = index.sentencesWith(w);
                while (mask != 0) {
                    shared[Long.numberOfTrailingZeros(mask) * m + j]++;
                    mask &= mask - 1;
                }
            }
        }
        return shared;
    }

    private static void bestOfRow(BestMatches matches, int i, int[] shared, int size, short[][] other, int m) {
        double best = 0;
        int bestSentence = -1;
        for (int j = 0; j < m; j++) {
            int s = shared[i * m + j];
            if (s > 0) {
                double dice = 2.0 * s / (size + other[j].length);
                if (dice > best) {
                    best = dice;
                    bestSentence = j;
                }
            }
        }
        matches.set(i, best, bestSentence);
    }

    /** Whether every sentence lists each word once (sorted strictly increasing, as the extractor writes them). */
    static boolean hasDistinctWords(Fingerprint fp) {
        for (short[] words : fp.sentenceWords()) {
            for (int k = 1; k < words.length; k++) {
                if (words[k] <= words[k - 1]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Per sentence of the shorter: its best overlap with the longer and where (-1: nowhere). */
    private static final class BestMatches {
        final double[] best;
        final int[] at;
        int identical;

        BestMatches(int n) {
            best = new double[n];
            at = new int[n];
        }

        /** A sentence found verbatim counts 1 at its first occurrence, whatever the word overlaps say. */
        boolean identical(int i, Fingerprint longer, int sentenceHash) {
            int j = indexOf(longer.sentenceHashes(), sentenceHash);
            if (j < 0) {
                return false;
            }
            set(i, 1, j);
            identical++;
            return true;
        }

        void set(int i, double overlap, int sentence) {
            best[i] = overlap;
            at[i] = sentence;
        }
    }

    private static SentenceAlignment credit(Fingerprint shorter, Fingerprint longer, BestMatches matches) {
        int n = shorter.sentenceWords().length;
        int[] matchedAt = new int[n];
        int credited = 0;
        double credit = 0;
        int aligned = 0;
        int cited = 0;
        int verbatimWords = 0;
        for (int i = 0; i < n; i++) {
            double best = matches.best[i];
            int j = matches.at[i];
            double c = Math.max(0, Math.min(1, (best - FLOOR) / (FULL - FLOOR)));
            boolean quotedHere = shorter.quoted(i);
            boolean quotedThere = j >= 0 && longer.quoted(j);
            boolean ownWords = !quotedHere && !quotedThere;
            if (c > 0 && j >= 0 && Overlap.intersectionOutside(shorter.sentenceWords()[i], longer.sentenceWords()[j],
                    shorter.entities(), longer.entities()) < MIN_PLAIN_WORDS) {
                // Only names, places and dates in common: who, where and when, which every report of the event says.
                c *= NAMES_ONLY_CREDIT;
                ownWords = false;
            }
            if (quotedHere != quotedThere && best >= CITATION) {
                c = 0;
                cited++;
            } else if (quotedHere && quotedThere) {
                c *= QUOTATION_CREDIT;
            }
            if (ownWords && best >= MATCH) {
                aligned++;
            }
            if (ownWords && best >= VERBATIM) {
                verbatimWords += shorter.sentenceWords()[i].length;
            }
            if (c > 0) {
                matchedAt[credited++] = j;
            }
            credit += c;
        }
        return new SentenceAlignment(n, credit, aligned, matches.identical, cited, longestIncreasing(matchedAt, credited),
                credited, verbatimWords);
    }

    double mean() {
        return sentences == 0 ? 0 : credit / sentences;
    }

    /** Share of the credited sentences that follow the other article's order. */
    double order() {
        return credited == 0 ? 0 : (double) inOrder / credited;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Length of the longest strictly increasing subsequence of the first {@code n} values. */
    static int longestIncreasing(int[] values, int n) {
        int[] tails = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int x = values[k];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = x;
            if (lo == length) {
                length++;
            }
        }
        return length;
    }
}
