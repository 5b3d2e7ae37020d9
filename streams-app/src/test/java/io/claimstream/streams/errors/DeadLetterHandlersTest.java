package io.claimstream.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.serde.AvroDeserializer;
import io.claimstream.serde.SchemaRegistryFailureException;
import io.claimstream.serde.SerdeFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three Kafka Streams hooks turn failures into Avro dead letters carrying the source record's original bytes. */
class DeadLetterHandlersTest {

    private final String registry = "handlers-" + UUID.randomUUID();
    private final Map<String, Object> configs = Map.of(
            DeadLetterHandlerConfig.TOPIC, "pipeline.dead-letters.v1",
            "application.id", "claimstream-test",
            "schema.registry.url", "mock://" + registry);
    private final byte[] sourceKey = "key-1".getBytes(StandardCharsets.UTF_8);
    private final byte[] sourceValue = "original value bytes".getBytes(StandardCharsets.UTF_8);

    @AfterEach
    void dropRegistry() {
        SchemaRegistries.dropMock(registry);
    }

    @Test
    void anOutputTooLargeForTheBrokerDeadLettersItsSourceRecordAndTheAppGoesOn() {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(configs);

        ProductionExceptionHandler.Response response = handler.handleError(context(), new ProducerRecord<>("deals.v1", new byte[0], new byte[2_000_000]),
                new RecordTooLargeException("The message is 2000088 bytes when serialized which is larger than 1048576"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        DeadLetter dl = decode(response.deadLetterQueueRecords());
        assertThat(dl.getStage()).isEqualTo(DeadLetterStage.PRODUCTION);
        assertThat(dl.getReason()).isEqualTo("record-too-large");
        assertThat(dl.getTopic()).isEqualTo("claims.v1");
        assertThat(dl.getPartition()).isEqualTo(2);
        assertThat(dl.getOffset()).isEqualTo(42L);
        assertThat(dl.getAppId()).isEqualTo("claimstream-test");
        assertThat(bytes(dl.getValue())).isEqualTo(sourceValue);
        assertThat(bytes(dl.getKey())).isEqualTo(sourceKey);
    }

    @Test
    void aTransientBrokerErrorIsRetriedNotDeadLettered() {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(configs);

        ProductionExceptionHandler.Response response = handler.handleError(context(), new ProducerRecord<>("deals.v1", new byte[0], new byte[1]),
                new NotEnoughReplicasException("not enough replicas"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RETRY);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void anExceptionInAProcessorDeadLettersTheSourceRecord() {
        DeadLetterProcessingHandler handler = new DeadLetterProcessingHandler();
        handler.configure(configs);

        var response = handler.handleError(context(), null, new IllegalStateException("extraction blew up"));

        DeadLetter dl = decode(response.deadLetterQueueRecords());
        assertThat(dl.getStage()).isEqualTo(DeadLetterStage.PROCESSING);
        assertThat(dl.getReason()).isEqualTo("illegal-state");
        assertThat(dl.getErrorMessage()).isEqualTo("extraction blew up");
        assertThat(dl.getStackTrace()).contains("IllegalStateException");
        assertThat(bytes(dl.getValue())).isEqualTo(sourceValue);
    }

    @Test
    void aRegistryOutageFailsTheTaskInsteadOfDeadLetteringAGoodRecord() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(configs);

        var response = handler.handleError(context(), new ConsumerRecord<>("claims.v1", 2, 42L, sourceKey, sourceValue),
                new SchemaRegistryFailureException(SerdeFailure.REGISTRY_UNAVAILABLE, "connection refused", null));

        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(response.result().name()).isEqualTo("FAIL");
    }

    private ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "claims.v1"; }
            public int partition() { return 2; }
            public long offset() { return 42L; }
            public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "claims-source"; }
            public TaskId taskId() { return new TaskId(3, 2); }
            public long timestamp() { return 1_700_000_000_000L; }
            public byte[] sourceRawKey() { return sourceKey; }
            public byte[] sourceRawValue() { return sourceValue; }
        };
    }

    private DeadLetter decode(List<ProducerRecord<byte[], byte[]>> records) {
        assertThat(records).hasSize(1);
        assertThat(records.get(0).topic()).isEqualTo("pipeline.dead-letters.v1");
        return new AvroDeserializer<>(DeadLetter.class, SchemaRegistries.mock(registry)).deserialize("pipeline.dead-letters.v1", records.get(0).value());
    }

    private static byte[] bytes(java.nio.ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
