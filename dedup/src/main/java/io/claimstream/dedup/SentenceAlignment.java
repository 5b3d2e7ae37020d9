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
        int n = shorter.sentenceWords().length;
        SentenceIndex longerIndex = new SentenceIndex(longer.sentenceWords());
        int[] scratch = new int[longerIndex.sentences()];
        int[] matchedAt = new int[n];
        int credited = 0;
        double credit = 0;
        int aligned = 0;
        int identical = 0;
        int cited = 0;
        int verbatimWords = 0;
        short[] names = Overlap.union(shorter.entities(), longer.entities());
        for (int i = 0; i < n; i++) {
            int j = indexOf(longer.sentenceHashes(), shorter.sentenceHashes()[i]);
            double best;
            if (j >= 0) {
                best = 1;
                identical++;
            } else {
                best = longerIndex.bestDice(shorter.sentenceWords()[i], scratch);
                j = longerIndex.bestSentence();
            }
            double c = Math.max(0, Math.min(1, (best - FLOOR) / (FULL - FLOOR)));
            boolean quotedHere = shorter.quoted(i);
            boolean quotedThere = j >= 0 && longer.quoted(j);
            boolean ownWords = !quotedHere && !quotedThere;
            if (c > 0 && j >= 0 && Overlap.intersectionOutside(shorter.sentenceWords()[i], longer.sentenceWords()[j],
                    names) < MIN_PLAIN_WORDS) {
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
        return new SentenceAlignment(n, credit, aligned, identical, cited, longestIncreasing(matchedAt, credited),
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
