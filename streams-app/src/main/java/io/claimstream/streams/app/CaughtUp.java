package io.claimstream.streams.app;

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
 * <p>The admin client and the consumer are opened on the first check and kept for the next ones: callers poll this
 * every few hundred milliseconds, and a fresh pair of clients per poll costs more CPU than the app being watched on a
 * small machine. Close it when done.
 */
public final class CaughtUp implements AutoCloseable {

    private final String applicationId;
    private final List<String> topicsInOrder;
    private final Properties clientProps;
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> consumer;

    public CaughtUp(String applicationId, Topology topology, Properties clientProps) {
        this.applicationId = applicationId;
        this.topicsInOrder = sourceTopicsInOrder(applicationId, topology.describe());
        this.clientProps = clientProps;
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
            if (partitions.isEmpty()) {
                continue;
            }
            if (!partitionCaughtUp(consumer, partitions, committed)) {
                return false;
            }
        }
        return true;
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
