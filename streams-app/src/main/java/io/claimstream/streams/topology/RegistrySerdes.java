package io.claimstream.streams.topology;

import io.claimstream.registry.SchemaRegistryClient;
import io.claimstream.serde.AvroSerdes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Confluent-wire-format Avro value serdes over one schema-registry client; one serde per record type. */
public final class RegistrySerdes implements RecordSerdes {

    private final SchemaRegistryClient registry;
    private final Map<Class<?>, Serde<?>> serdes = new ConcurrentHashMap<>();

    public RegistrySerdes(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends SpecificRecord> Serde<T> value(Class<T> type) {
        return (Serde<T>) serdes.computeIfAbsent(type, t -> AvroSerdes.specific(type, registry, false));
    }
}
