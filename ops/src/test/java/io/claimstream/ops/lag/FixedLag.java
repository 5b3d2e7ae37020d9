package io.claimstream.ops.lag;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link LagReader} that answers whatever snapshot the test set last, and counts how often it was asked. */
final class FixedLag implements LagReader {

    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    final AtomicReference<LagSnapshot> next = new AtomicReference<>(LagSnapshot.empty(AT));
    final AtomicInteger reads = new AtomicInteger();
    volatile RuntimeException failure;

    @Override
    public LagSnapshot read(Collection<String> groupIds) {
        reads.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        return next.get();
    }

    static PartitionLag partition(String topic, int partition, long committed, long end, Duration timeLag) {
        return new PartitionLag(topic, partition, OptionalLong.of(committed), OptionalLong.of(end),
                OptionalLong.of(end - committed), Optional.ofNullable(timeLag), Optional.empty());
    }

    static LagSnapshot snapshot(GroupLag... groups) {
        return new LagSnapshot(AT, List.of(groups), Map.of());
    }

    static GroupLag group(String id, PartitionLag... partitions) {
        return new GroupLag(id, "Stable", List.of(), List.of(partitions));
    }
}
