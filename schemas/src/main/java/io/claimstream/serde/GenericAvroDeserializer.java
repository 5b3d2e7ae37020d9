package io.claimstream.serde;

import io.claimstream.registry.SchemaRegistryClient;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DatumReader;

/**
 * Reads any Confluent wire-format record as a {@link GenericRecord} of its own writer schema, for tools that look at
 * any topic without generated classes (inspect, export). Logical types stay in their raw form (timestamp-millis as a
 * long); {@link AvroJson} renders them.
 */
public class GenericAvroDeserializer extends WireFormatDeserializer<GenericRecord> {

    /** For Kafka's reflective construction; call {@link #configure}. */
    public GenericAvroDeserializer() {
        super(null);
    }

    public GenericAvroDeserializer(SchemaRegistryClient registry) {
        super(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    protected DatumReader<GenericRecord> readerFor(int schemaId, Schema writer) {
        if (writer.getType() != Schema.Type.RECORD) {
            throw new IncompatibleSchemaException("schema id " + schemaId + " is a " + writer.getType()
                    + ", not a record", null);
        }
        return new GenericDatumReader<>(writer, writer, GenericData.get());
    }
}
