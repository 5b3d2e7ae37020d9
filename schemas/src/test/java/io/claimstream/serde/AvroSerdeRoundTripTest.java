package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.registry.RegisteredSchema;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.testdata.TestRecords;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeRoundTripTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    static List<SpecificRecord> everyRecordType() {
        return TestRecords.oneOfEveryRecordType();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("everyRecordType")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyGeneratedRecordSurvivesARoundTrip(SpecificRecord record) {
        Serde<SpecificRecord> serde = AvroSerdes.specific((Class) record.getClass(), registry, false);

        byte[] bytes = serde.serializer().serialize("topic", record);
        SpecificRecord back = serde.deserializer().deserialize("topic", bytes);

        assertThat(back).isEqualTo(record).isInstanceOf(record.getClass());
    }

    @Test
    void timestampsComeBackAsTheSameInstants() {
        Serde<Article> serde = AvroSerdes.specific(Article.class, registry, false);

        Article back = serde.deserializer().deserialize("t",
                serde.serializer().serialize("t", TestRecords.anArticle().build()));

        assertThat(back.getPublishedAt()).isEqualTo(TestRecords.PUBLISHED);
        assertThat(back.getIngestedAt()).isEqualTo(TestRecords.INGESTED);
    }

    @Test
    void nullIsATombstoneBothWays() {
        Serde<DealState> serde = AvroSerdes.specific(DealState.class, registry, false);

        assertThat(serde.serializer().serialize("deals", null)).isNull();
        assertThat(serde.deserializer().deserialize("deals", null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void valuesAndKeysAreRegisteredUnderTopicNameSubjects() {
        AvroSerdes.specific(Claim.class, registry, false).serializer().serialize("claims", TestRecords.aClaim().build());
        AvroSerdes.specific(Claim.class, registry, true).serializer().serialize("claims", TestRecords.aClaim().build());

        assertThat(registry.subjects()).containsExactly("claims-key", "claims-value");
        assertThat(registry.latest("claims-value")).get().extracting(RegisteredSchema::schema)
                .isEqualTo(Claim.getClassSchema());
    }

    @Test
    void recordNameStrategyRegistersUnderTheFullRecordName() {
        new AvroSerializer<Claim>(registry, false, true, SubjectNameStrategy.RECORD_NAME)
                .serialize("claims", TestRecords.aClaim().build());

        assertThat(registry.subjects()).containsExactly("io.claimstream.schema.Claim");
    }

    @Test
    void aConfigMapWithAMockUrlBuildsAWorkingSerde() {
        SchemaRegistries.dropMock("round-trip-config");
        Map<String, Object> config = Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://round-trip-config",
                AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy");
        Serde<Claim> serde = AvroSerdes.specific(Claim.class, config, false);

        Claim back = serde.deserializer().deserialize("claims",
                serde.serializer().serialize("claims", TestRecords.aClaim().build()));

        assertThat(back).isEqualTo(TestRecords.aClaim().build());
        assertThat(SchemaRegistries.mock("round-trip-config").subjects())
                .containsExactly("claims-io.claimstream.schema.Claim");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theReflectiveSerdeConfiguredLikeAStreamsDefaultReadsIntoTheClassTheWriterNames() {
        SchemaRegistries.dropMock("round-trip-default");
        SpecificAvroSerde<SpecificRecord> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://round-trip-default"), false);

        Object back = serde.deserializer().deserialize("deals",
                serde.serializer().serialize("deals", TestRecords.aDealState().build()));

        assertThat(back).isInstanceOf(DealState.class).isEqualTo(TestRecords.aDealState().build());
    }
}
