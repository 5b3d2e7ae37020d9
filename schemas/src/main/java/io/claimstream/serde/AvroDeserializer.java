package io.claimstream.serde;

import io.claimstream.registry.AvroCompatibility;
import io.claimstream.registry.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads Confluent wire-format records into generated classes. The writer schema is fetched by the id in the header
 * (once per id) and resolved to the generated class's schema, so a consumer on a newer, backward-compatible schema
 * reads records written with older ones: added fields take their defaults, removed ones are skipped.
 *
 * <p>Given no class, the generated class is the one named by the writer schema (Confluent's
 * {@code specific.avro.reader=true} behaviour). {@code null} deserializes to {@code null}.
 */
public class AvroDeserializer<T extends SpecificRecord> extends WireFormatDeserializer<T> {

    private final Class<T> readerClass;

    /** For Kafka's reflective construction: reads into the class the writer schema names; call {@link #configure}. */
    public AvroDeserializer() {
        super(null);
        this.readerClass = null;
    }

    public AvroDeserializer(Class<T> readerClass, SchemaRegistryClient registry) {
        super(Objects.requireNonNull(registry, "registry"));
        this.readerClass = Objects.requireNonNull(readerClass, "readerClass");
    }

    @Override
    protected DatumReader<T> readerFor(int schemaId, Schema writer) {
        return specificReader(schemaId, writer);
    }

    private DatumReader<T> specificReader(int schemaId, Schema writer) {
        Class<?> type = readerClass != null ? readerClass : generatedClassFor(writer);
        SpecificData generatedModel = SpecificData.getForClass(type);
        Schema reader = generatedModel.getSchema(type);
        List<String> problems = AvroCompatibility.readProblems(reader, writer,
                reader.getFullName() + " cannot read schema id " + schemaId);
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException(String.join("; ", problems), null);
        }
        return new PlainListReader<>(writer, reader, readingModel(type, generatedModel));
    }

    /**
     * The generated class's conversions (timestamp-millis as Instant) without its generated decoders, which build
     * {@code SpecificData.Array}s directly and would bypass {@link PlainListReader}.
     */
    private static SpecificData readingModel(Class<?> type, SpecificData generatedModel) {
        SpecificData model = new SpecificData(type.getClassLoader());
        generatedModel.getConversions().forEach(model::addLogicalTypeConversion);
        model.setCustomCoders(false);
        model.setFastReaderEnabled(false);
        return model;
    }

    /**
     * Decodes arrays into {@link ArrayList}s instead of Avro's {@code GenericData.Array}, whose {@code equals}
     * compares elements with a model that knows no logical types: {@code decodedDealState.equals(built)} would
     * throw "Unknown datum type java.time.Instant" on any array of records with a timestamp in a union.
     */
    private static final class PlainListReader<T> extends SpecificDatumReader<T> {
        PlainListReader(Schema writer, Schema reader, SpecificData model) {
            super(writer, reader, model);
        }

        @Override
        protected Object newArray(Object old, int size, Schema schema) {
            return new ArrayList<>(size);
        }
    }

    private static Class<?> generatedClassFor(Schema writer) {
        Class<?> type = SpecificData.get().getClass(writer);
        if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
            throw new IncompatibleSchemaException("no generated class for writer schema " + writer.getFullName(),
                    null);
        }
        return type;
    }
}
