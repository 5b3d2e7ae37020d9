package io.claimstream.producer.feed;

import java.time.Duration;

/** What one poll of one feed did; drives the follower's next delay. */
public record PollOutcome(Kind kind, int newItems, int alreadySeen, Duration retryAfter) {

    public enum Kind { FETCHED, NOT_MODIFIED, FAILED }

    public boolean failed() {
        return kind == Kind.FAILED;
    }
}
