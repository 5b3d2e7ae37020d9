package io.claimstream.cli.eval;

/** True positives, false positives, false negatives, and the figures they give. */
record PairScore(int tp, int fp, int fn) {

    PairScore plus(int dtp, int dfp, int dfn) {
        return new PairScore(tp + dtp, fp + dfp, fn + dfn);
    }

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
