package io.claimstream.stack;

import java.time.Duration;

/** How long each process took from launch of the stack until it answered its readiness probe. */
public record StartupTimings(Duration kafka, Duration registry) {

    public String render() {
        return String.format("kafka ready in %.1f s, registry ready in %.1f s",
                kafka.toMillis() / 1000.0, registry.toMillis() / 1000.0);
    }
}
