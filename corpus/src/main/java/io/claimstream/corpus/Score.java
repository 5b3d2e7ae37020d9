package io.claimstream.corpus;

import java.util.Locale;

/** True positives, false positives and false negatives with the usual ratios (micro-averaged when added up). */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    public static final Score ZERO = new Score(0, 0, 0);

    /** Nothing predicted is no error: precision 1. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Nothing expected is nothing missed: recall 1. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(int tp, int fp, int fn) {
        return new Score(truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }

    public Score plus(Score other) {
        return plus(other.truePositives, other.falsePositives, other.falseNegatives);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
