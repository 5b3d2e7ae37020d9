package io.claimstream.serde;

import io.claimstream.registry.SchemaRegistryClient;
import io.claimstream.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in the Confluent wire format. The schema is registered under the subject the
 * strategy names (or, with auto-registration off, must already be there); ids are cached by the registry client, so
 * after the first record of a type no registry call is made.
 *
 * <p>Either construct it with a registry, or use the no-argument constructor and {@link #configure} from a Kafka
 * config map ({@link AvroSerdeConfig} keys). {@code null} serializes to {@code null}, so tombstones pass through.
 */
public class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private SchemaRegistryClient registry;
    private boolean isKey;
    private boolean autoRegister = true;
    private SubjectNameStrategy subjectStrategy = SubjectNameStrategy.TOPIC_NAME;
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

    /** For Kafka's reflective construction; {@link #configure} must be called before use. */
    public AvroSerializer() {
    }

    public AvroSerializer(SchemaRegistryClient registry, boolean isKey) {
        this(registry, isKey, true, SubjectNameStrategy.TOPIC_NAME);
    }

    public AvroSerializer(SchemaRegistryClient registry, boolean isKey, boolean autoRegister,
                          SubjectNameStrategy subjectStrategy) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.isKey = isKey;
        this.autoRegister = autoRegister;
        this.subjectStrategy = Objects.requireNonNull(subjectStrategy, "subjectStrategy");
    }

    /** Reads {@link AvroSerdeConfig} keys; a registry given to the constructor is kept. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.from(configs);
        this.isKey = isKey;
        this.autoRegister = config.autoRegister();
        this.subjectStrategy = config.subjectStrategy(isKey);
        if (registry == null || config.registryUrl().isPresent()) {
            this.registry = config.registry();
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroSerializer used before configure(): no schema registry");
        }
        Schema schema = record.getSchema();
        int schemaId = schemaId(subjectStrategy.subjectName(topic, isKey, schema), schema);
        return encode(schemaId, schema, record);
    }

    private int schemaId(String subject, Schema schema) {
        try {
            if (autoRegister) {
                return registry.register(subject, schema);
            }
            return registry.lookup(subject, schema)
                    .orElseThrow(() -> new SchemaRegistryFailureException(SerdeFailure.SCHEMA_NOT_REGISTERED,
                            "schema " + schema.getFullName() + " is not registered under subject " + subject
                                    + " and auto.register.schemas is false", null))
                    .id();
        } catch (SchemaRegistryException e) {
            throw RegistryFailures.whileRegistering(subject, e);
        }
    }

    private byte[] encode(int schemaId, Schema schema, T record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        byte[] header = new byte[WireFormat.HEADER_LENGTH];
        WireFormat.writeHeader(schemaId, header);
        out.writeBytes(header);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writers.computeIfAbsent(schema, s -> new SpecificDatumWriter<>(s, modelOf(record))).write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new AvroEncodingException("cannot write " + schema.getFullName() + ": " + e, e);
        }
        return out.toByteArray();
    }

    /** The generated class's own model knows its logical-type conversions (timestamp-millis as Instant). */
    private static SpecificData modelOf(SpecificRecord record) {
        return record instanceof SpecificRecordBase base ? base.getSpecificData() : SpecificData.get();
    }
}
