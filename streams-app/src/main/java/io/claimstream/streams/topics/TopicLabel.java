package io.claimstream.streams.topics;

/**
 * The topics of the pipeline as the code knows them. Code refers to labels only; the physical names
 * ({@code <domain>.<entity>.v<N>}) come from configuration, so a replay or a second environment can rename them without
 * touching the topology.
 */
public enum TopicLabel {
    ARTICLES_RAW("articles-raw", "articles.raw.v1", Retention.STREAM),
    ARTICLES_UNIQUE("articles-unique", "articles.unique.v1", Retention.STREAM),
    ARTICLES_DUPLICATES("articles-duplicates", "articles.duplicates.v1", Retention.STREAM),
    CLAIMS("claims", "claims.v1", Retention.STREAM),
    DEALS("deals", "deals.v1", Retention.COMPACTED),
    BID_UPDATES("bid-updates", "deals.bid-updates.v1", Retention.STREAM),
    DEAD_LETTERS("dead-letters", "pipeline.dead-letters.v1", Retention.STREAM);

    /** Streams keep history for a while; state topics keep the latest record per key forever. */
    public enum Retention { STREAM, COMPACTED }

    private final String label;
    private final String defaultName;
    private final Retention retention;

    TopicLabel(String label, String defaultName, Retention retention) {
        this.label = label;
        this.defaultName = defaultName;
        this.retention = retention;
    }

    public String label() {
        return label;
    }

    public String defaultName() {
        return defaultName;
    }

    public Retention retention() {
        return retention;
    }

    public static TopicLabel ofLabel(String label) {
        for (TopicLabel t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown topic label '" + label + "'");
    }
}
