package io.claimstream.ops.export;

import java.time.Instant;
import java.util.Optional;

/** Record timestamps to export: {@code from} inclusive, {@code to} exclusive; an absent bound is open. */
public record TimeRange(Optional<Instant> from, Optional<Instant> to) {

    public static final TimeRange ALL = new TimeRange(Optional.empty(), Optional.empty());

    public TimeRange {
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " must be before --to " + to.get());
        }
    }

    /** Either bound may be null. */
    public static TimeRange between(Instant from, Instant to) {
        return new TimeRange(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    public boolean contains(Instant timestamp) {
        return from.map(f -> !timestamp.isBefore(f)).orElse(true) && to.map(timestamp::isBefore).orElse(true);
    }
}
