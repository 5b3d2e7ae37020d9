package io.claimstream.streams.topology;

import java.time.Duration;
import java.util.Objects;

/** The typed settings the topology depends on (and nothing else: no I/O, no client settings). */
public record PipelineSettings(Duration dedupRetention, DedupSettle dedupSettle, int maxTextChars) {

    public PipelineSettings {
        if (dedupRetention.isNegative() || dedupRetention.isZero()) {
            throw new IllegalArgumentException("dedup retention must be positive, was " + dedupRetention);
        }
        Objects.requireNonNull(dedupSettle, "dedupSettle");
    }

    public PipelineSettings(Duration dedupRetention, int maxTextChars) {
        this(dedupRetention, DedupSettle.DEFAULT, maxTextChars);
    }
}
