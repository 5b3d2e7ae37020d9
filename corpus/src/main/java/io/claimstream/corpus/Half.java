package io.claimstream.corpus;

/** The two fixed halves of a labelled corpus: rules are tuned on one and judged on the other. */
public enum Half {
    TUNE, CHECK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
