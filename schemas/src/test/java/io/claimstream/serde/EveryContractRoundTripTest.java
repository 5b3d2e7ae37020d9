package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.testdata.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every record in src/main/avro, made-up data written by a generic (non-Java, e.g. kafkajs-like) writer is read
 * into the generated class and written back to the very same bytes, and renders to the same JSON both ways.
 */
class EveryContractRoundTripTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    static List<Class<? extends SpecificRecord>> everyGeneratedRecordClass() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Class<? extends SpecificRecord>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/avro"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".avsc")).sorted().toList()) {
                JsonNode schema = json.readTree(file.toFile());
                if (schema.path("type").asText().equals("record")) {
                    String name = schema.get("namespace").asText() + "." + schema.get("name").asText();
                    try {
                        classes.add(Class.forName(name).asSubclass(SpecificRecord.class));
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(file + " has no generated class " + name, e);
                    }
                }
            }
        }
        return classes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyGeneratedRecordClass")
    void genericBytesDecodeIntoTheGeneratedClassAndEncodeBackIdentically(Class<? extends SpecificRecord> type)
            throws IOException {
        Schema schema = SpecificData.get().getSchema(type);
        for (long seed = 1; seed <= 20; seed++) {
            GenericRecord sample = new SampleData(seed).record(schema);
            byte[] written = frame(registry.register(type.getName(), schema), sample);

            SpecificRecord read = new AvroDeserializer<>(type, registry).deserialize("t", written);
            byte[] rewritten = new AvroSerializer<SpecificRecord>(registry, false, true,
                    SubjectNameStrategy.RECORD_NAME).serialize("t", read);

            assertThat(read).isInstanceOf(type);
            assertThat(Arrays.copyOfRange(rewritten, 5, rewritten.length))
                    .as("seed %d", seed).containsExactly(Arrays.copyOfRange(written, 5, written.length));
            assertThat(AvroJson.toJson(read)).as("seed %d", seed).isEqualTo(AvroJson.toJson(sample));
        }
    }

    private static byte[] frame(int schemaId, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = new byte[WireFormat.HEADER_LENGTH];
        WireFormat.writeHeader(schemaId, header);
        out.writeBytes(header);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
