package io.claimstream.dedup.eval;

import java.util.List;
import java.util.Locale;

/** Pairwise figures of one dedup run against gold stories, with the pairs it got wrong. */
public record EvalReport(PairScores overall, PairScores english, List<WrongPair> wrongPairs,
                         int articles, int duplicatesFound, double meanFingerprintBytes, int maxFingerprintBytes) {

    public record PairScores(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
        }
    }

    /**
     * @param error "false-merge" (same predicted cluster, different stories) or "missed" (same story, split)
     * @param score the judge's direct similarity of the two articles (0 when it found none)
     */
    public record WrongPair(String error, String idA, String idB, String titleA, String titleB, String sourceA,
                            String sourceB, double score, String detail) {
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles=%d duplicates=%d fingerprint bytes mean=%.0f max=%d%n",
                articles, duplicatesFound, meanFingerprintBytes, maxFingerprintBytes));
        out.append("overall (all languages): ").append(overall).append('\n');
        out.append("english-english:         ").append(english).append('\n');
        out.append("wrong pairs (").append(wrongPairs.size()).append("):\n");
        for (WrongPair w : wrongPairs) {
            out.append(String.format(Locale.ROOT, "  %-11s %s (%s) ~ %s (%s) score=%.2f %s%n      %s | %s%n",
                    w.error(), w.idA(), w.sourceA(), w.idB(), w.sourceB(), w.score(), w.detail(),
                    abbreviate(w.titleA()), abbreviate(w.titleB())));
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        if (s == null || s.isBlank()) {
            return "(untitled)";
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
