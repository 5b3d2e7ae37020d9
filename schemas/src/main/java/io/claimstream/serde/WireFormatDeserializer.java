package io.claimstream.serde;

import io.claimstream.registry.SchemaRegistryClient;
import io.claimstream.registry.SchemaRegistryException;
import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the header, fetches the writer schema once per id and decodes the body; what to resolve the writer schema to
 * is the subclass's choice. Each step fails with its own {@link SerdeFailure}. {@code null} deserializes to
 * {@code null}. The registry comes from the constructor or from {@link AvroSerdeConfig#SCHEMA_REGISTRY_URL} in
 * {@link #configure} (a URL given there replaces a constructor's registry).
 */
abstract class WireFormatDeserializer<T> implements Deserializer<T> {

    private final Map<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;

    /** @param registry null for Kafka's reflective construction, which calls {@link #configure} */
    WireFormatDeserializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /** A reader from {@code writer} to the type this deserializer produces; throws {@link IncompatibleSchemaException}. */
    protected abstract DatumReader<T> readerFor(int schemaId, Schema writer);

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.from(configs);
        if (registry == null || config.registryUrl().isPresent()) {
            this.registry = config.registry();
        }
    }

    @Override
    public final T deserialize(String topic, byte[] data) {
        return data == null ? null : decode(data);
    }

    private T decode(byte[] data) {
        int schemaId = WireFormat.schemaId(data);
        DatumReader<T> reader = readersBySchemaId.get(schemaId);
        if (reader == null) {
            reader = readerFor(schemaId, writerSchema(schemaId));
            readersBySchemaId.put(schemaId, reader);
        }
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(data, WireFormat.HEADER_LENGTH, data.length - WireFormat.HEADER_LENGTH, null);
        try {
            return reader.read(null, decoder);
        } catch (EOFException e) {
            throw new AvroDecodingException(SerdeFailure.TRUNCATED_AVRO, schemaId,
                    "Avro body of " + (data.length - WireFormat.HEADER_LENGTH) + " bytes ends early for schema id "
                            + schemaId, e);
        } catch (IOException | RuntimeException e) {
            throw new AvroDecodingException(SerdeFailure.MALFORMED_AVRO, schemaId,
                    "Avro body does not decode with schema id " + schemaId + ": " + e, e);
        }
    }

    private Schema writerSchema(int schemaId) {
        if (registry == null) {
            throw new IllegalStateException("deserializer used before configure(): no schema registry");
        }
        try {
            return registry.getById(schemaId);
        } catch (SchemaRegistryException e) {
            throw RegistryFailures.whileFetching(schemaId, e);
        }
    }
}
