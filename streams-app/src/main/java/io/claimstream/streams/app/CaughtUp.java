package io.claimstream.streams.app;

import io.claimstream.streams.topology.ClaimstreamTopology;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Answers "has the app processed everything that is in its input?" exactly, for demos, replays and tests.
 *
 * <p>Offsets alone mislead under exactly-once: transaction markers sit after the last record, so a fully caught-up
 * group can show an offset lag of 1. Instead, for each source partition, a read_committed consumer positioned at the
 * committed offset must find no record before the end. Topics are checked in topology order (upstream first): because
 * each task commits its input offsets and its outputs in one transaction, an upstream topic found caught up has
 * already made all its outputs visible to the downstream checks that follow.
 *
 * <p>The dedup task holds arrivals for a moment before it decides them ({@code DedupSettle}): its input offsets are
 * committed while decisions are still due. Right after the dedup task's own source topics, the check therefore reads
 * the last record of the {@value ClaimstreamTopology#DEDUP_SETTLE_STORE} store's changelog, the count of articles still
 * waiting, which the task writes in the same transaction as its outputs; it must be zero.
 *
 * <p>The admin client and the consumer are opened on the first check and kept for the next ones: callers poll this
 * every few hundred milliseconds, and a fresh pair of clients per poll costs more CPU than the app being watched on a
 * small machine. Close it when done.
 */
public final class CaughtUp implements AutoCloseable {

    private final String applicationId;
    private final List<String> topicsInOrder;
    /** The settle changelog is read right after this source topic is found caught up; null when the topology has none. */
    private final String settleAfter;
    private final String settleChangelog;
    private final Properties clientProps;
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> consumer;

    public CaughtUp(String applicationId, Topology topology, Properties clientProps) {
        this.applicationId = applicationId;
        TopologyDescription description = topology.describe();
        this.topicsInOrder = sourceTopicsInOrder(applicationId, description);
        this.clientProps = clientProps;
        Set<String> settleSources = sourcesOfStore(applicationId, description, ClaimstreamTopology.DEDUP_SETTLE_STORE);
        this.settleAfter = topicsInOrder.stream().filter(settleSources::contains).reduce((a, b) -> b).orElse(null);
        this.settleChangelog = applicationId + "-" + ClaimstreamTopology.DEDUP_SETTLE_STORE + "-changelog";
    }

    public List<String> topicsInOrder() {
        return topicsInOrder;
    }

    /** True when no committed record in any source topic is left unprocessed. */
    public boolean check() {
        openClients();
        for (String topic : topicsInOrder) {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(admin);
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (!partitions.isEmpty() && !partitionCaughtUp(consumer, partitions, committed)) {
                return false;
            }
            if (topic.equals(settleAfter) && waitingInDedup() > 0) {
                return false;
            }
        }
        return true;
    }

    /** The last count the dedup task wrote to its settle changelog (0 when it never wrote one). */
    private long waitingInDedup() {
        List<TopicPartition> partitions = consumer.partitionsFor(settleChangelog, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(settleChangelog, info.partition())).toList();
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
        consumer.assign(partitions);
        // Every change writes the count and one transaction marker follows it: the tail holds the latest count.
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, Math.max(beginnings.get(tp), ends.get(tp) - 16));
        }
        long waiting = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        boolean atEnd = false;
        while (!atEnd && System.nanoTime() < deadline) {
            for (var record : consumer.poll(Duration.ofMillis(100))) {
                if (record.value() != null && record.value().length == Long.BYTES) {
                    waiting = ByteBuffer.wrap(record.value()).getLong();
                }
            }
            atEnd = partitions.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
        }
        return atEnd ? waiting : Long.MAX_VALUE;
    }

    /** Source topics of the subtopology that uses {@code store}. */
    private static Set<String> sourcesOfStore(String applicationId, TopologyDescription description, String store) {
        Set<String> out = new HashSet<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            boolean uses = sub.nodes().stream().anyMatch(n -> n instanceof TopologyDescription.Processor p && p.stores().contains(store));
            if (uses) {
                sub.nodes().stream().filter(n -> n instanceof TopologyDescription.Source)
                        .forEach(n -> ((TopologyDescription.Source) n).topicSet().forEach(t -> out.add(physical(applicationId, t))));
            }
        }
        return out;
    }

    private void openClients() {
        if (admin == null) {
            admin = Admin.create(clientProps);
        }
        if (consumer == null) {
            Properties p = new Properties();
            p.putAll(clientProps);
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
            // Looking up a topic the app has not created yet must not create it with broker defaults.
            p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
            consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    private boolean partitionCaughtUp(KafkaConsumer<byte[], byte[]> consumer, Collection<TopicPartition> partitions,
                                      Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
        List<TopicPartition> behind = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            long start = committed.containsKey(tp) ? committed.get(tp).offset() : beginnings.get(tp);
            if (start < ends.get(tp)) {
                behind.add(tp);
            }
        }
        if (behind.isEmpty()) {
            return true;
        }
        consumer.assign(behind);
        for (TopicPartition tp : behind) {
            consumer.seek(tp, committed.containsKey(tp) ? committed.get(tp).offset() : beginnings.get(tp));
        }
        // Whatever lies between the committed offset and the end must be transaction markers or aborted data only.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                return false;
            }
            boolean allAtEnd = true;
            for (TopicPartition tp : behind) {
                if (consumer.position(tp) < ends.get(tp)) {
                    allAtEnd = false;
                }
            }
            if (allAtEnd) {
                return true;
            }
        }
        return false;
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(Admin admin) {
        try {
            return admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the offsets of group " + applicationId + ": " + e.getMessage(), e);
        }
    }

    /** Source topics of the topology, upstream first (repartition topics under their physical, app-prefixed names). */
    static List<String> sourceTopicsInOrder(String applicationId, TopologyDescription description) {
        Map<String, Set<String>> downstreamOf = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        Map<String, Integer> indegree = new HashMap<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            Set<String> sources = new LinkedHashSet<>();
            Set<String> sinks = new LinkedHashSet<>();
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    source.topicSet().forEach(t -> sources.add(physical(applicationId, t)));
                } else if (node instanceof TopologyDescription.Sink sink && sink.topic() != null) {
                    sinks.add(physical(applicationId, sink.topic()));
                }
            }
            all.addAll(sources);
            for (String in : sources) {
                for (String out : sinks) {
                    if (!in.equals(out) && downstreamOf.computeIfAbsent(in, k -> new HashSet<>()).add(out)) {
                        indegree.merge(out, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        all.stream().filter(t -> indegree.getOrDefault(t, 0) == 0).forEach(ready::add);
        while (!ready.isEmpty()) {
            String t = ready.poll();
            ordered.add(t);
            for (String next : downstreamOf.getOrDefault(t, Set.of())) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        all.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        ordered.retainAll(all);
        return List.copyOf(ordered);
    }

    private static String physical(String applicationId, String topic) {
        return topic.endsWith("-repartition") ? applicationId + "-" + topic : topic;
    }
}
