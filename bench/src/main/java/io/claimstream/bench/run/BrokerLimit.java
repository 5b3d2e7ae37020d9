package io.claimstream.bench.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The broker's own ceiling for these records, in the manner of {@code kafka-producer-perf-test} and
 * {@code kafka-consumer-perf-test}: one producer sending as fast as it can (acks=all, batched, compressed), then one
 * consumer reading the topic from the start.
 */
final class BrokerLimit {

    private final BenchClients clients;
    private final PrintStream log;

    BrokerLimit(BenchClients clients, PrintStream log) {
        this.clients = clients;
        this.log = log;
    }

    record Result(PhaseResult produce, PhaseResult consume) {
    }

    Result measure(String topic, int partitions, List<PreparedRecord> records, long count) {
        clients.createTopic(topic, partitions);
        PhaseResult produced;
        try (KafkaProducer<byte[], byte[]> producer = clients.perfProducer()) {
            produced = new Publisher(producer).burst("broker produce", topic, records, count, new Progress(log, "broker produce"));
        }
        return new Result(produced, consume(topic, count, produced.bytes()));
    }

    private PhaseResult consume(String topic, long count, long bytesExpected) {
        Progress progress = new Progress(log, "broker consume");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clients.consumerProperties(null, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = clients.partitions(topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long seen = 0;
            long bytes = 0;
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(5).toNanos();
            while (seen < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    bytes += r.serializedKeySize() + r.serializedValueSize();
                }
                progress.update(seen, count);
            }
            double secs = (System.nanoTime() - start) / 1e9;
            if (seen < count) {
                throw new IllegalStateException("consumed only " + seen + " of " + count + " records from " + topic);
            }
            return new PhaseResult("broker consume", seen, bytes, secs);
        }
    }
}
