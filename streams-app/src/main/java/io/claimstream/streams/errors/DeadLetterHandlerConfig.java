package io.claimstream.streams.errors;

import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * What the three Kafka Streams exception handlers share: they are instantiated by Kafka Streams from class names, so
 * they read the dead-letter topic and registry settings from the streams config they are given, and each turns a
 * failure into one Avro {@link DeadLetter} that Kafka Streams writes inside the same transaction.
 */
public final class DeadLetterHandlerConfig {

    public static final String TOPIC = "claimstream.dead.letter.topic";
    /** Values larger than this are cut in the dead letter, so the dead letter itself is never too large to write. */
    static final int MAX_ORIGINAL_BYTES = 512 * 1024;

    private final String topic;
    private final String appId;
    private final Serializer<DeadLetter> serializer;

    private DeadLetterHandlerConfig(String topic, String appId, Serializer<DeadLetter> serializer) {
        this.topic = topic;
        this.appId = appId;
        this.serializer = serializer;
    }

    public static DeadLetterHandlerConfig from(Map<String, ?> configs) {
        Object topic = configs.get(TOPIC);
        if (topic == null) {
            throw new IllegalStateException(TOPIC + " is not set: the dead-letter handlers do not know where to write");
        }
        Object appId = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        return new DeadLetterHandlerConfig(topic.toString(), appId == null ? null : appId.toString(),
                DeadLetterSerializers.create(configs));
    }

    List<ProducerRecord<byte[], byte[]>> deadLetter(DeadLetterStage stage, ErrorHandlerContext ctx, byte[] key, byte[] value,
                                                   Headers headers, Exception error) {
        byte[] kept = value;
        String note = "";
        if (value != null && value.length > MAX_ORIGINAL_BYTES) {
            kept = java.util.Arrays.copyOf(value, MAX_ORIGINAL_BYTES);
            note = " (original value of " + value.length + " bytes cut to " + MAX_ORIGINAL_BYTES + ")";
        }
        DeadLetters.Origin origin = new DeadLetters.Origin(ctx.topic(), ctx.partition(), ctx.offset(), key, kept, headers);
        DeadLetter dl = DeadLetters.of(stage, ReasonCodes.of(error), error.getClass().getName(),
                (error.getMessage() == null ? "" : error.getMessage()) + note, error, origin, appId,
                Instant.ofEpochMilli(ctx.timestamp() > 0 ? ctx.timestamp() : System.currentTimeMillis()));
        return List.of(new ProducerRecord<>(topic, null, key, serializer.serialize(topic, dl)));
    }
}
