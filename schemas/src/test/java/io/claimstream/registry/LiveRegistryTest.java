package io.claimstream.registry;

import static io.claimstream.registry.TestSchemas.paymentV1;
import static io.claimstream.registry.TestSchemas.paymentV2WithDefaultedCurrency;
import static io.claimstream.registry.TestSchemas.paymentV2WithRequiredCurrency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.serde.AvroSerdes;
import io.claimstream.serde.GenericAvroDeserializer;
import io.claimstream.serde.SerdeFailure;
import io.claimstream.serde.UnknownSchemaIdException;
import io.claimstream.serde.WireFormat;
import io.claimstream.testdata.TestRecords;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Checks the client against a real Confluent-API registry, by hand:
 * {@code mvn -o -pl schemas test -Dtest=LiveRegistryTest -Dclaimstream.registry.url=http://127.0.0.1:18081/apis/ccompat/v7}.
 * Subjects get a random suffix, so it can run against a registry that others use; it does not change the global level.
 */
@EnabledIfSystemProperty(named = "claimstream.registry.url", matches = ".+")
class LiveRegistryTest {

    private final String url = System.getProperty("claimstream.registry.url");
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private HttpSchemaRegistryClient freshClient() {
        return HttpSchemaRegistryClient.builder(url).build();
    }

    @Test
    void registerLookupFetchAndLatestAgree() {
        String subject = "live-" + run + "-value";
        HttpSchemaRegistryClient client = freshClient();

        int id = client.register(subject, paymentV1());
        int again = freshClient().register(subject, paymentV1());
        RegisteredSchema found = freshClient().lookup(subject, paymentV1()).orElseThrow();

        assertThat(again).isEqualTo(id);
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.version()).isEqualTo(1);
        assertThat(freshClient().getById(id)).isEqualTo(paymentV1());
        assertThat(freshClient().latest(subject)).get().extracting(RegisteredSchema::id).isEqualTo(id);
        assertThat(freshClient().subjects()).contains(subject);
        assertThat(freshClient().lookup(subject, paymentV2WithDefaultedCurrency())).isEmpty();
        assertThat(freshClient().latest("live-" + run + "-nothing")).isEmpty();
    }

    @Test
    void backwardOnTheSubjectRefusesANewRequiredField() {
        String subject = "live-" + run + "-compat-value";
        HttpSchemaRegistryClient client = freshClient();
        client.register(subject, paymentV1());
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        assertThat(client.subjectCompatibility(subject)).contains(CompatibilityLevel.BACKWARD);
        assertThat(client.testCompatibility(subject, paymentV2WithDefaultedCurrency())).isTrue();
        assertThat(client.testCompatibility(subject, paymentV2WithRequiredCurrency())).isFalse();
        assertThatThrownBy(() -> client.register(subject, paymentV2WithRequiredCurrency()))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isIncompatible()).isTrue());
        assertThat(client.register(subject, paymentV2WithDefaultedCurrency())).isPositive();
        assertThat(client.globalCompatibility()).isNotNull();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyRecordTypeRoundTripsThroughTheRegistry() {
        for (SpecificRecord record : TestRecords.oneOfEveryRecordType()) {
            String topic = "live-" + run + "-" + record.getSchema().getName();
            Serde<SpecificRecord> producer = AvroSerdes.specific((Class) record.getClass(), freshClient(), false);
            Serde<SpecificRecord> consumer = AvroSerdes.specific((Class) record.getClass(), freshClient(), false);

            byte[] bytes = producer.serializer().serialize(topic, record);

            assertThat(consumer.deserializer().deserialize(topic, bytes)).isEqualTo(record);
            assertThat(new GenericAvroDeserializer(freshClient()).deserialize(topic, bytes).getSchema())
                    .isEqualTo(record.getSchema());
            assertThat(freshClient().getById(WireFormat.schemaId(bytes))).isEqualTo(record.getSchema());
        }
    }

    @Test
    void anIdTheRegistryNeverGaveIsUnknownSchemaId() {
        assertThatThrownBy(() -> new GenericAvroDeserializer(freshClient())
                .deserialize("t", new byte[] {0, 0x7f, 0, 0, 1, 0}))
                .isInstanceOfSatisfying(UnknownSchemaIdException.class,
                        e -> assertThat(e.reason()).isEqualTo(SerdeFailure.UNKNOWN_SCHEMA_ID));
    }
}
