package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.registry.HttpSchemaRegistryClient;
import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.registry.SchemaRegistryClient;
import io.claimstream.schema.Article;
import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;
import io.claimstream.testdata.TestRecords;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.common.KafkaException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroDeserializerFailureTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroSerializer<Article> articles = new AvroSerializer<>(registry, false);
    private final AvroDeserializer<Article> articleReader = new AvroDeserializer<>(Article.class, registry);

    @Test
    void fewerThanFiveBytesIsTooShort() {
        assertFailure(() -> articleReader.deserialize("t", new byte[] {0, 0, 0}), SerdeFailure.TOO_SHORT,
                WireFormatException.class);
    }

    @Test
    void plainJsonHasABadMagicByte() {
        byte[] json = "{\"id\":\"a-1\"}".getBytes(StandardCharsets.UTF_8);

        assertFailure(() -> articleReader.deserialize("t", json), SerdeFailure.BAD_MAGIC_BYTE,
                WireFormatException.class);
    }

    @Test
    void anIdTheRegistryNeverGaveIsUnknown() {
        assertThatThrownBy(() -> articleReader.deserialize("t", new byte[] {0, 0, 0, 0, 99, 2, 65}))
                .isInstanceOfSatisfying(UnknownSchemaIdException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SerdeFailure.UNKNOWN_SCHEMA_ID);
                    assertThat(e.schemaId()).isEqualTo(99);
                });
    }

    @Test
    void aBodyCutShortIsTruncatedAvro() {
        byte[] whole = articles.serialize("t", TestRecords.anArticle().build());
        byte[] cut = Arrays.copyOf(whole, whole.length - 20);

        assertFailure(() -> articleReader.deserialize("t", cut), SerdeFailure.TRUNCATED_AVRO,
                AvroDecodingException.class);
    }

    @Test
    void aNegativeStringLengthIsMalformedAvro() {
        int id = registry.register("t-value", Entity.getClassSchema());
        byte[] negativeLength = {0, 0, 0, 0, (byte) id, 0x03};

        AvroDeserializer<Entity> entities = new AvroDeserializer<>(Entity.class, registry);
        assertFailure(() -> entities.deserialize("t", negativeLength), SerdeFailure.MALFORMED_AVRO,
                AvroDecodingException.class);
    }

    @Test
    void aWriterMissingARequiredReaderFieldIsIncompatible() {
        Schema entityWithoutSurface = SchemaBuilder.record("Entity").namespace("io.claimstream.schema").fields()
                .requiredString("id")
                .name("type").type(EntityType.getClassSchema()).noDefault()
                .requiredString("name")
                .endRecord();
        int id = registry.register("other-value", entityWithoutSurface);

        AvroDeserializer<Entity> entities = new AvroDeserializer<>(Entity.class, registry);
        assertThatThrownBy(() -> entities.deserialize("t", new byte[] {0, 0, 0, 0, (byte) id, 0}))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SerdeFailure.INCOMPATIBLE_SCHEMA);
                    assertThat(e.getMessage()).contains("surface");
                });
    }

    @Test
    void readingOneTypeAsAnotherIsIncompatible() {
        byte[] entity = new AvroSerializer<Entity>(registry, false).serialize("t", TestRecords.anEntity().build());

        assertFailure(() -> articleReader.deserialize("t", entity), SerdeFailure.INCOMPATIBLE_SCHEMA,
                IncompatibleSchemaException.class);
    }

    @Test
    void registeringAnIncompatibleSchemaFailsAsIncompatible() {
        registry.register("articles-value", Entity.getClassSchema());

        assertFailure(() -> articles.serialize("articles", TestRecords.anArticle().build()),
                SerdeFailure.INCOMPATIBLE_SCHEMA, IncompatibleSchemaException.class);
    }

    @Test
    void withAutoRegistrationOffAnUnregisteredSchemaIsRefused() {
        AvroSerializer<Article> strict = new AvroSerializer<>(registry, false, false, SubjectNameStrategy.TOPIC_NAME);

        assertFailure(() -> strict.serialize("articles", TestRecords.anArticle().build()),
                SerdeFailure.SCHEMA_NOT_REGISTERED, SchemaRegistryFailureException.class);

        int id = registry.register("articles-value", Article.getClassSchema());
        assertThat(WireFormat.schemaId(strict.serialize("articles", TestRecords.anArticle().build()))).isEqualTo(id);
    }

    @Test
    void autoRegistrationCanBeTurnedOffByConfig() {
        SchemaRegistries.dropMock("failure-config");
        AvroSerializer<Article> strict = new AvroSerializer<>();
        strict.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://failure-config",
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);

        assertFailure(() -> strict.serialize("articles", TestRecords.anArticle().build()),
                SerdeFailure.SCHEMA_NOT_REGISTERED, SchemaRegistryFailureException.class);
    }

    @Test
    void aRecordWithANullInARequiredFieldIsInvalid() {
        Entity broken = new Entity(null, EntityType.COUNTRY, "DR Congo", "Congo");

        assertFailure(() -> new AvroSerializer<Entity>(registry, false).serialize("t", broken),
                SerdeFailure.INVALID_RECORD, AvroEncodingException.class);
    }

    @Test
    void anUnreachableRegistryIsRegistryUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SchemaRegistryClient nowhere = HttpSchemaRegistryClient.builder("http://127.0.0.1:" + closedPort)
                .connectTimeout(Duration.ofSeconds(2)).build();

        assertFailure(() -> new AvroDeserializer<>(Article.class, nowhere).deserialize("t", new byte[] {0, 0, 0, 0, 1}),
                SerdeFailure.REGISTRY_UNAVAILABLE, SchemaRegistryFailureException.class);
    }

    @Test
    void theReasonIsFoundThroughWrappingExceptions() {
        WireFormatException cause = new WireFormatException(SerdeFailure.BAD_MAGIC_BYTE, "first byte is 0x7b");

        assertThat(SerdeFailure.of(new KafkaException("wrapped", cause))).contains(SerdeFailure.BAD_MAGIC_BYTE);
        assertThat(SerdeFailure.of(new IllegalStateException("other"))).isEmpty();
        assertThat(SerdeFailure.BAD_MAGIC_BYTE.code()).isEqualTo("bad-magic-byte");
    }

    private static void assertFailure(ThrowingCallable call,
                                      SerdeFailure reason, Class<? extends AvroSerdeException> type) {
        assertThatThrownBy(call)
                .isInstanceOf(SerializationException.class)
                .isInstanceOfSatisfying(type, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.reasonCode()).isEqualTo(reason.code());
                    assertThat(e.getMessage()).startsWith("[" + reason.code() + "]");
                });
    }
}
