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

/**
 * Reads the header, fetches the writer schema once per id and decodes the body; what to resolve the writer schema to
 * is the subclass's choice. Each step fails with its own {@link SerdeFailure}.
 */
abstract class WireFormatDecoder<T> {

    private final Map<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();

    /** A reader from {@code writer} to the type this decoder produces; throws {@link IncompatibleSchemaException}. */
    protected abstract DatumReader<T> readerFor(int schemaId, Schema writer);

    final T decode(SchemaRegistryClient registry, byte[] data) {
        int schemaId = WireFormat.schemaId(data);
        DatumReader<T> reader = readersBySchemaId.get(schemaId);
        if (reader == null) {
            reader = readerFor(schemaId, writerSchema(registry, schemaId));
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

    private static Schema writerSchema(SchemaRegistryClient registry, int schemaId) {
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
