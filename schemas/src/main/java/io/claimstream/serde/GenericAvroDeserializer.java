package io.claimstream.serde;

import io.claimstream.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DatumReader;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads any Confluent wire-format record as a {@link GenericRecord} of its own writer schema, for tools that look at
 * any topic without generated classes (inspect, export). Logical types stay in their raw form (timestamp-millis as a
 * long); {@link AvroJson} renders them.
 */
public class GenericAvroDeserializer implements Deserializer<GenericRecord> {

    private SchemaRegistryClient registry;
    private final WireFormatDecoder<GenericRecord> decoder = new WireFormatDecoder<>() {
        @Override
        protected DatumReader<GenericRecord> readerFor(int schemaId, Schema writer) {
            if (writer.getType() != Schema.Type.RECORD) {
                throw new IncompatibleSchemaException("schema id " + schemaId + " is a " + writer.getType()
                        + ", not a record", null);
            }
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
    };

    /** For Kafka's reflective construction; call {@link #configure}. */
    public GenericAvroDeserializer() {
    }

    public GenericAvroDeserializer(SchemaRegistryClient registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.from(configs);
        if (registry == null || config.registryUrl().isPresent()) {
            this.registry = config.registry();
        }
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        return decoder.decode(registry, data);
    }
}
