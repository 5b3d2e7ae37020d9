package io.claimstream.claims;

import java.util.Locale;

/** True/false positives and false negatives with the usual ratios (micro-averaged when summed). */
public record EvalFigures(int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    EvalFigures plus(int tp, int fp, int fn) {
        return new EvalFigures(truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
