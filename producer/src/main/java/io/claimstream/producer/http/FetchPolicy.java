package io.claimstream.producer.http;

import java.time.Duration;

/**
 * Limits for every HTTP fetch: a slow or hostile server must not hang or flood the producer.
 *
 * @param maxBodyBytes cap on the response body; past it the fetch fails with {@code too-large}
 * @param maxRedirects redirects followed by hand (so each hop's scheme is checked) before {@code too-many-redirects}
 */
public record FetchPolicy(Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, int maxRedirects) {

    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), 8L * 1024 * 1024, 5);
    }

    public FetchPolicy withMaxBodyBytes(long bytes) {
        return new FetchPolicy(connectTimeout, requestTimeout, bytes, maxRedirects);
    }
}
