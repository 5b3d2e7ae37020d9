package io.claimstream.streams.topology;

import java.time.Duration;

/**
 * How long the dedup task lets arrivals settle before it decides them. Articles reach the dedup task through one
 * sequence lane per input partition, and how those lanes interleave depends on timing (which upstream task committed
 * first), not on the input. So the task holds each arrival and decides a whole group at once in canonical order
 * (published time, then article id): the decisions then depend only on which articles form the group.
 *
 * <p>A group is an event-time window of record timestamps ({@code window}), decided once stream time has passed the
 * window's end by {@code grace} (the lane skew it tolerates), or everything waiting once no article has arrived for
 * {@code idle} of wall-clock time (the end of a burst: a demo, a replay, a quiet feed). With {@code window} zero there
 * are no event-time windows: everything waits for the input to go quiet, which makes a bounded input (the demo, an
 * eval) one group whatever its size and timing.
 */
public record DedupSettle(Duration window, Duration grace, Duration idle) {

    /** 500 ms windows, 500 ms of lane skew, 500 ms of quiet: determinism for about one second of added latency. */
    public static final DedupSettle DEFAULT = new DedupSettle(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofMillis(500));

    public DedupSettle {
        if (window.isNegative() || grace.isNegative()) {
            throw new IllegalArgumentException("dedup settle window and grace must not be negative");
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("dedup settle idle must be positive, was " + idle);
        }
    }

    /** No event-time windows: a bounded input is decided as one group once it has gone quiet for {@code idle}. */
    public static DedupSettle untilQuiet(Duration idle) {
        return new DedupSettle(Duration.ZERO, Duration.ZERO, idle);
    }

    boolean windowed() {
        return !window.isZero();
    }
}
