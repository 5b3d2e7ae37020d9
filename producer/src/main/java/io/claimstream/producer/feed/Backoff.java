package io.claimstream.producer.feed;

import java.time.Duration;

/**
 * Delay before a feed's next poll: the interval while it answers, doubling per consecutive failure up to a ceiling,
 * and never sooner than the server's Retry-After.
 */
public record Backoff(Duration interval, Duration max) {

    public Duration next(int consecutiveFailures, Duration retryAfter) {
        if (consecutiveFailures <= 0) {
            return interval;
        }
        Duration delay = interval.multipliedBy(1L << Math.min(consecutiveFailures, 20));
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }
}
