package io.claimstream.ops.export;

import io.claimstream.serde.GenericAvroDeserializer;
import io.claimstream.streams.config.ClaimstreamConfig;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Writes one topic's records, decoded, to a {@link Writer}: the reusable core of {@code claimstream export} and of
 * {@code demo --out}. Reads {@code read_committed} without a consumer group (nothing is committed), from the first offset
 * at or after {@code from} ({@code offsetsForTimes}), and stops at the end offsets taken when it starts, so it always
 * terminates even while producers keep writing. {@code to} filters by timestamp rather than stopping, since timestamps
 * need not grow with offsets. Not thread-safe: one export at a time per exporter.
 */
public final class TopicExporter implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Consumer<byte[], byte[]> consumer;
    private final RecordDecoder decoder;
    private final Clock clock;
    private final Duration stallTimeout;

    public TopicExporter(Consumer<byte[], byte[]> readCommittedConsumer, Deserializer<GenericRecord> valueDeserializer,
                         Clock clock, Duration stallTimeout) {
        this.consumer = readCommittedConsumer;
        this.decoder = new RecordDecoder(valueDeserializer);
        this.clock = clock;
        this.stallTimeout = stallTimeout;
    }

    /** Consumer from the {@code kafka.consumer.*} layer, values decoded through the configured schema registry. */
    public static TopicExporter create(ClaimstreamConfig config) {
        Properties p = config.clientProperties(ClaimstreamConfig.KAFKA_CONSUMER_PREFIX);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "claimstream-export");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        GenericAvroDeserializer values = new GenericAvroDeserializer();
        values.configure(config.serdeConfig(), false);
        return new TopicExporter(new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer()), values,
                Clock.systemUTC(), Duration.ofSeconds(60));
    }

    /** The whole topic, no progress reports. */
    public ExportResult export(String topic, Writer out, ExportFormat format) {
        return export(topic, out, format, TimeRange.ALL, ProgressListener.NONE);
    }

    public ExportResult export(String topic, Writer out, ExportFormat format, TimeRange range, ProgressListener progress) {
        try {
            return run(topic, RecordSink.of(format, out), range, progress);
        } catch (IOException e) {
            return ExportResult.failed(topic, 0, "cannot write: " + e.getMessage());
        } catch (KafkaException e) {
            // Includes the registry failing: without it no value could be decoded, so stopping beats base64 for all.
            return ExportResult.failed(topic, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            consumer.assign(List.of());
        }
    }

    private ExportResult run(String topic, RecordSink sink, TimeRange range, ProgressListener progress) throws IOException {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return ExportResult.failed(topic, 0, "topic '" + topic + "' does not exist");
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> starts = startOffsets(partitions, ends, range.from());
        consumer.assign(partitions);
        starts.forEach(consumer::seek);

        Set<TopicPartition> active = new HashSet<>();
        long total = 0;
        for (TopicPartition tp : partitions) {
            total += ends.get(tp) - starts.get(tp);
            if (starts.get(tp) < ends.get(tp)) {
                active.add(tp);
            }
        }
        consumer.pause(partitions.stream().filter(tp -> !active.contains(tp)).toList());

        long written = 0;
        long outside = 0;
        long undecodable = 0;
        long read = 0;
        Instant lastMove = clock.instant();
        while (!active.isEmpty()) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= ends.get(tp)) {
                    continue;
                }
                if (!range.contains(Instant.ofEpochMilli(record.timestamp()))) {
                    outside++;
                    continue;
                }
                ExportedRecord exported = decoder.decode(record);
                if (exported.note().isPresent()) {
                    undecodable++;
                }
                sink.write(exported);
                written++;
            }
            long nowRead = 0;
            for (TopicPartition tp : partitions) {
                long position = active.contains(tp) ? Math.min(consumer.position(tp), ends.get(tp)) : ends.get(tp);
                nowRead += position - starts.get(tp);
                if (active.contains(tp) && position >= ends.get(tp)) {
                    active.remove(tp);
                    consumer.pause(List.of(tp));
                }
            }
            Instant now = clock.instant();
            if (nowRead > read) {
                read = nowRead;
                lastMove = now;
            } else if (Duration.between(lastMove, now).compareTo(stallTimeout) > 0) {
                sink.finish();
                return new ExportResult(topic, written, outside, undecodable,
                        Optional.of("no progress for " + stallTimeout.toSeconds() + " s at " + read + " of " + total + " offsets"));
            }
            progress.onProgress(new ExportProgress(topic, read, total, written));
        }
        sink.finish();
        progress.onProgress(new ExportProgress(topic, total, total, written));
        return new ExportResult(topic, written, outside, undecodable, Optional.empty());
    }

    private Map<TopicPartition, Long> startOffsets(List<TopicPartition> partitions, Map<TopicPartition, Long> ends,
                                                   Optional<Instant> from) {
        Map<TopicPartition, Long> starts = new HashMap<>(consumer.beginningOffsets(partitions));
        if (from.isPresent()) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, from.get().toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp at = found.get(tp);
                // No record at or after `from`: nothing to read in this partition.
                starts.put(tp, at == null ? ends.get(tp) : Math.min(at.offset(), ends.get(tp)));
            }
        }
        return starts;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
