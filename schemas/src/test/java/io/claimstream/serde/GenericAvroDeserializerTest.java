package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.schema.Claim;
import io.claimstream.testdata.TestRecords;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class GenericAvroDeserializerTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void anyRecordIsReadWithItsWriterSchemaWithoutGeneratedClasses() {
        byte[] bytes = new AvroSerializer<Claim>(registry, false).serialize("claims", TestRecords.aClaim().build());

        GenericRecord read = new GenericAvroDeserializer(registry).deserialize("claims", bytes);

        assertThat(read.getSchema()).isEqualTo(Claim.getClassSchema());
        assertThat(read.get("id")).hasToString("c-1");
        assertThat(((GenericRecord) read.get("actor")).get("id")).hasToString("US");
        assertThat(((GenericRecord) read.get("evidence")).get("publishedAt"))
                .isEqualTo(TestRecords.PUBLISHED.toEpochMilli());
        assertThat(AvroJson.toJson(read)).isEqualTo(AvroJson.toJson(TestRecords.aClaim().build()));
    }

    @Test
    void itFailsWithTheSameReasonsAsTheSpecificOne() {
        GenericAvroDeserializer reader = new GenericAvroDeserializer(registry);

        assertThat(SerdeFailure.of(catchError(() -> reader.deserialize("t", new byte[] {1, 0, 0, 0, 1}))))
                .contains(SerdeFailure.BAD_MAGIC_BYTE);
        assertThat(SerdeFailure.of(catchError(() -> reader.deserialize("t", new byte[] {0, 0, 0, 0, 42}))))
                .contains(SerdeFailure.UNKNOWN_SCHEMA_ID);
    }

    private static Throwable catchError(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
