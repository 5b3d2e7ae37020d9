package io.claimstream.streams.topology;

import java.time.Duration;

/** The typed settings the topology depends on (and nothing else: no I/O, no client settings). */
public record PipelineSettings(Duration dedupRetention, int maxTextChars) {

    public PipelineSettings {
        if (dedupRetention.isNegative() || dedupRetention.isZero()) {
            throw new IllegalArgumentException("dedup retention must be positive, was " + dedupRetention);
        }
    }
}
