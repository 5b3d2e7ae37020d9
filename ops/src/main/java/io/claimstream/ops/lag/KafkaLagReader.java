package io.claimstream.ops.lag;

import io.claimstream.streams.config.ClaimstreamConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads consumer-group lag from a cluster with an {@link Admin} client (groups, committed offsets, end offsets) and one
 * {@code read_committed} consumer (the timestamp of the oldest unconsumed record). Offsets are computed exactly as
 * {@code kafka-consumer-groups --describe} does: the end offset is the high watermark ({@code OffsetSpec.latest()},
 * read_uncommitted), and a group's partitions are those assigned to its members plus those it has committed to.
 * Not thread-safe beyond {@link #read} being synchronized: one reader per caller.
 */
public final class KafkaLagReader implements LagReader {

    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final Admin admin;
    private final Consumer<byte[], byte[]> consumer;
    private final OldestUnconsumedProbe probe;
    private final Clock clock;

    public KafkaLagReader(Admin admin, Consumer<byte[], byte[]> readCommittedConsumer, Clock clock, Duration probeTimeout) {
        this.admin = admin;
        this.consumer = readCommittedConsumer;
        this.clock = clock;
        this.probe = new OldestUnconsumedProbe(readCommittedConsumer, clock, probeTimeout);
    }

    /** Admin and consumer from the {@code kafka.admin.*} / {@code kafka.consumer.*} layers of the configuration. */
    public static KafkaLagReader create(ClaimstreamConfig config) {
        Properties adminProps = config.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX);
        adminProps.putIfAbsent("client.id", "claimstream-lag-admin");
        return new KafkaLagReader(Admin.create(adminProps), probeConsumer(config), Clock.systemUTC(), Duration.ofSeconds(5));
    }

    static Consumer<byte[], byte[]> probeConsumer(ClaimstreamConfig config) {
        Properties p = config.clientProperties(ClaimstreamConfig.KAFKA_CONSUMER_PREFIX);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "claimstream-lag-probe");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // A committed offset that retention has since deleted: the oldest unconsumed record is then the earliest one.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "65536");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public synchronized LagSnapshot read(Collection<String> groupIds) {
        Instant now = clock.instant();
        Map<String, String> failures = new LinkedHashMap<>();
        List<String> ids;
        try {
            ids = groupIds.isEmpty() ? allConsumerGroups() : List.copyOf(new TreeSet<>(groupIds));
        } catch (KafkaCallFailed e) {
            return new LagSnapshot(now, List.of(), Map.of("*", "cannot list consumer groups: " + e.getMessage()));
        }
        if (ids.isEmpty()) {
            return LagSnapshot.empty(now);
        }

        Map<String, KafkaFuture<ConsumerGroupDescription>> described = admin.describeConsumerGroups(ids).describedGroups();
        Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
        ids.forEach(id -> specs.put(id, new ListConsumerGroupOffsetsSpec()));
        ListConsumerGroupOffsetsResult committedResult = admin.listConsumerGroupOffsets(specs);

        Map<String, RawGroup> raw = new LinkedHashMap<>();
        for (String id : ids) {
            try {
                ConsumerGroupDescription description = await(described.get(id));
                Map<TopicPartition, OffsetAndMetadata> committed = await(committedResult.partitionsToOffsetAndMetadata(id));
                if (description.groupState() == GroupState.DEAD && committed.isEmpty()) {
                    failures.put(id, "consumer group '" + id + "' does not exist");
                    continue;
                }
                raw.put(id, new RawGroup(description, committed));
            } catch (KafkaCallFailed e) {
                failures.put(id, e.getMessage());
            }
        }

        Set<TopicPartition> allPartitions = new HashSet<>();
        raw.values().forEach(g -> allPartitions.addAll(g.partitions()));
        Map<TopicPartition, OptionalLong> endOffsets = endOffsets(allPartitions);
        Map<OldestUnconsumedProbe.Target, Optional<Instant>> oldest = probe.oldestUnconsumed(probeTargets(raw, endOffsets));

        List<GroupLag> groups = new ArrayList<>();
        raw.forEach((id, g) -> groups.add(g.toLag(endOffsets, oldest, now)));
        return new LagSnapshot(now, groups, failures);
    }

    private List<String> allConsumerGroups() {
        Collection<GroupListing> listings = await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all());
        return listings.stream().map(GroupListing::groupId).sorted().toList();
    }

    private Map<TopicPartition, OptionalLong> endOffsets(Set<TopicPartition> partitions) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
        ListOffsetsResult result = admin.listOffsets(request);
        Map<TopicPartition, OptionalLong> ends = new HashMap<>();
        for (TopicPartition tp : partitions) {
            try {
                ends.put(tp, OptionalLong.of(await(result.partitionResult(tp)).offset()));
            } catch (KafkaCallFailed e) {
                // Like kafka-consumer-groups: a partition without a leader has no known end offset.
                ends.put(tp, OptionalLong.empty());
            }
        }
        return ends;
    }

    private static Set<OldestUnconsumedProbe.Target> probeTargets(Map<String, RawGroup> groups,
                                                                   Map<TopicPartition, OptionalLong> endOffsets) {
        Set<OldestUnconsumedProbe.Target> targets = new HashSet<>();
        for (RawGroup g : groups.values()) {
            g.committed.forEach((tp, om) -> {
                OptionalLong end = endOffsets.getOrDefault(tp, OptionalLong.empty());
                if (om != null && (end.isEmpty() || end.getAsLong() > om.offset())) {
                    targets.add(new OldestUnconsumedProbe.Target(tp, om.offset()));
                }
            });
        }
        return targets;
    }

    private record RawGroup(ConsumerGroupDescription description, Map<TopicPartition, OffsetAndMetadata> committed) {

        Set<TopicPartition> partitions() {
            Set<TopicPartition> all = new HashSet<>(committed.keySet());
            description.members().forEach(m -> all.addAll(m.assignment().topicPartitions()));
            return all;
        }

        GroupLag toLag(Map<TopicPartition, OptionalLong> endOffsets,
                       Map<OldestUnconsumedProbe.Target, Optional<Instant>> oldest, Instant now) {
            List<GroupMember> members = description.members().stream()
                    .map(KafkaLagReader::member)
                    .sorted(Comparator.comparing(GroupMember::consumerId))
                    .toList();
            Map<TopicPartition, GroupMember> owners = new HashMap<>();
            members.forEach(m -> m.assignment().forEach(tp -> owners.put(tp, m)));
            List<PartitionLag> rows = partitions().stream()
                    .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                    .map(tp -> row(tp, endOffsets.getOrDefault(tp, OptionalLong.empty()), oldest, now,
                            Optional.ofNullable(owners.get(tp))))
                    .toList();
            return new GroupLag(description.groupId(), description.groupState().toString(), members, rows);
        }

        private PartitionLag row(TopicPartition tp, OptionalLong end, Map<OldestUnconsumedProbe.Target, Optional<Instant>> oldest,
                                 Instant now, Optional<GroupMember> owner) {
            OffsetAndMetadata om = committed.get(tp);
            OptionalLong committedOffset = om == null ? OptionalLong.empty() : OptionalLong.of(om.offset());
            OptionalLong offsetLag = committedOffset.isPresent() && end.isPresent()
                    ? OptionalLong.of(end.getAsLong() - committedOffset.getAsLong())
                    : OptionalLong.empty();
            Optional<Duration> timeLag;
            if (committedOffset.isEmpty()) {
                timeLag = Optional.empty();
            } else if (offsetLag.isPresent() && offsetLag.getAsLong() <= 0) {
                timeLag = Optional.of(Duration.ZERO);
            } else {
                Optional<Instant> probed = oldest.get(new OldestUnconsumedProbe.Target(tp, committedOffset.getAsLong()));
                timeLag = probed == null ? Optional.empty() : Optional.of(probed.map(ts -> age(ts, now)).orElse(Duration.ZERO));
            }
            return new PartitionLag(tp.topic(), tp.partition(), committedOffset, end, offsetLag, timeLag, owner);
        }
    }

    private static Duration age(Instant timestamp, Instant now) {
        Duration age = Duration.between(timestamp, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    private static GroupMember member(MemberDescription m) {
        List<TopicPartition> assignment = m.assignment().topicPartitions().stream()
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                .toList();
        return new GroupMember(m.consumerId(), m.host(), m.clientId(), assignment);
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new KafkaCallFailed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            throw new KafkaCallFailed("no answer from the cluster within " + ADMIN_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaCallFailed("interrupted");
        }
    }

    /** A failed admin call, turned into a failure entry of the snapshot rather than escaping. */
    private static final class KafkaCallFailed extends RuntimeException {
        KafkaCallFailed(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
