package io.claimstream.stack;

import java.time.Duration;

/** A point in (monotonic) time by which something has to happen. */
record Deadline(long nanoTime) {

    static Deadline in(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    boolean passed() {
        return System.nanoTime() - nanoTime >= 0;
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, nanoTime - System.nanoTime()));
    }

    /** Pauses between readiness polls; returns false when the deadline passed or we were interrupted. */
    boolean pause(Duration interval) {
        if (passed()) {
            return false;
        }
        try {
            Thread.sleep(Math.min(interval.toMillis(), remaining().toMillis() + 1));
            return !passed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
