package io.claimstream.ops.lag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Finds the timestamp of the first record a group has not consumed yet, by reading at its committed offset. The consumer
 * must be {@code read_committed}: then aborted records and transaction markers are skipped, and reading stops at the last
 * stable offset, so an exactly-once consumer that has read everything committed has nothing left here.
 */
final class OldestUnconsumedProbe {

    /** Read {@code partition} from {@code offset}. */
    record Target(TopicPartition partition, long offset) {
    }

    private final Consumer<byte[], byte[]> consumer;
    private final Clock clock;
    private final Duration timeout;

    OldestUnconsumedProbe(Consumer<byte[], byte[]> consumer, Clock clock, Duration timeout) {
        this.consumer = consumer;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * For each target: the timestamp of the first committed record at or after its offset, or empty when there is none.
     * Targets missing from the answer could not be read before the timeout.
     */
    Map<Target, Optional<Instant>> oldestUnconsumed(Set<Target> targets) {
        Map<Target, Optional<Instant>> found = new HashMap<>();
        Instant deadline = clock.instant().plus(timeout);
        for (List<Target> round : rounds(targets)) {
            found.putAll(readRound(round, deadline));
        }
        return found;
    }

    /** Groups may have committed different offsets on the same partition; a consumer seeks each partition once a round. */
    private static List<List<Target>> rounds(Set<Target> targets) {
        List<List<Target>> rounds = new ArrayList<>();
        List<Target> rest = new ArrayList<>(targets);
        while (!rest.isEmpty()) {
            Set<TopicPartition> seen = new HashSet<>();
            List<Target> round = new ArrayList<>();
            List<Target> later = new ArrayList<>();
            for (Target t : rest) {
                (seen.add(t.partition()) ? round : later).add(t);
            }
            rounds.add(round);
            rest = later;
        }
        return rounds;
    }

    private Map<Target, Optional<Instant>> readRound(List<Target> round, Instant deadline) {
        Map<Target, Optional<Instant>> found = new HashMap<>();
        Map<TopicPartition, Target> pending = new HashMap<>();
        round.forEach(t -> pending.put(t.partition(), t));
        try {
            consumer.assign(pending.keySet());
            Map<TopicPartition, Long> stable = consumer.endOffsets(pending.keySet());
            for (Target t : round) {
                consumer.seek(t.partition(), t.offset());
                if (t.offset() >= stable.getOrDefault(t.partition(), 0L)) {
                    found.put(t, Optional.empty());
                    pending.remove(t.partition());
                }
            }
            consumer.pause(found.keySet().stream().map(Target::partition).toList());
            while (!pending.isEmpty() && clock.instant().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    Target t = pending.remove(tp);
                    if (t != null) {
                        found.put(t, Optional.of(Instant.ofEpochMilli(record.timestamp())));
                        consumer.pause(List.of(tp));
                    }
                }
                // Only markers or aborted records were left: the position moved past them to the stable offset.
                pending.values().removeIf(t -> {
                    boolean drained = consumer.position(t.partition()) >= stable.getOrDefault(t.partition(), 0L);
                    if (drained) {
                        found.put(t, Optional.empty());
                    }
                    return drained;
                });
            }
        } finally {
            consumer.assign(List.of());
        }
        return found;
    }
}
