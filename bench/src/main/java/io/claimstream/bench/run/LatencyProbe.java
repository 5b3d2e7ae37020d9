package io.claimstream.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Publish -> deal-update latency as a reader sees it: a read_committed consumer on the deal topics takes, for each
 * record that becomes visible, now minus the record's timestamp. Kafka Streams carries the input record's timestamp
 * (the publish time the harness stamped) through every stage, so that difference is the end-to-end latency.
 */
final class LatencyProbe implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Long> latencies = new ArrayList<>();
    private final Thread thread;
    private volatile long notBefore = Long.MAX_VALUE;

    LatencyProbe(BenchClients clients, List<String> topics) {
        this.consumer = new KafkaConsumer<>(clients.consumerProperties(null, true),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        topics.forEach(t -> partitions.addAll(clients.partitions(t)));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before the measured load starts
        this.thread = new Thread(this::run, "bench-latency-probe");
    }

    /** Counts records published at or after {@code publishedFromMillis} only. */
    LatencyProbe start(long publishedFromMillis) {
        notBefore = publishedFromMillis;
        thread.start();
        return this;
    }

    private void run() {
        while (running.get()) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                long now = System.currentTimeMillis();
                if (r.timestamp() >= notBefore) {
                    synchronized (latencies) {
                        latencies.add(now - r.timestamp());
                    }
                }
            }
        }
    }

    int count() {
        synchronized (latencies) {
            return latencies.size();
        }
    }

    /** Latencies seen so far, sorted ascending (milliseconds). */
    long[] sorted() {
        long[] out;
        synchronized (latencies) {
            out = latencies.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(out);
        return out;
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
