package io.claimstream.serde;

import io.claimstream.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Ready-made serdes for generated Avro classes in the Confluent wire format. */
public final class AvroSerdes {

    private AvroSerdes() {
    }

    /** A serde on this registry with the defaults: auto-registration on, subject {@code <topic>-value|key}. */
    public static <T extends SpecificRecord> Serde<T> specific(Class<T> type, SchemaRegistryClient registry,
                                                               boolean isKey) {
        return new SpecificAvroSerde<>(type, registry, isKey, true, SubjectNameStrategy.TOPIC_NAME);
    }

    /** A serde set up from a Kafka config map with {@link AvroSerdeConfig} keys ({@code schema.registry.url}, ...). */
    public static <T extends SpecificRecord> Serde<T> specific(Class<T> type, Map<String, ?> configs,
                                                               boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.from(configs);
        return new SpecificAvroSerde<>(type, config.registry(), isKey, config.autoRegister(),
                config.subjectStrategy(isKey));
    }
}
