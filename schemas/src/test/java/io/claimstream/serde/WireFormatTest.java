package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.CompatibilityLevel;
import io.claimstream.registry.RegisteredSchema;
import io.claimstream.registry.SchemaRegistryClient;
import io.claimstream.schema.Article;
import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;
import io.claimstream.testdata.TestRecords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    /** Hands out one fixed id with all four bytes distinct, so byte order shows. */
    private static final class FixedIdRegistry implements SchemaRegistryClient {
        static final int ID = 0x01020304;

        @Override
        public int register(String subject, Schema schema) {
            return ID;
        }

        @Override
        public Optional<RegisteredSchema> lookup(String subject, Schema schema) {
            return Optional.of(new RegisteredSchema(subject, ID, 1, schema));
        }

        @Override
        public Schema getById(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RegisteredSchema> latest(String subject) {
            return Optional.empty();
        }

        @Override
        public boolean testCompatibility(String subject, Schema schema) {
            return true;
        }

        @Override
        public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
            return Optional.empty();
        }

        @Override
        public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        }

        @Override
        public CompatibilityLevel globalCompatibility() {
            return CompatibilityLevel.NONE;
        }

        @Override
        public void setGlobalCompatibility(CompatibilityLevel level) {
        }

        @Override
        public List<String> subjects() {
            return List.of();
        }
    }

    @Test
    void entityIsMagicZeroThenBigEndianIdThenAvroBinary() {
        Entity entity = Entity.newBuilder().setId("CD").setType(EntityType.COUNTRY).setName("DR Congo")
                .setSurface("Congo").build();

        byte[] bytes = new AvroSerializer<Entity>(new FixedIdRegistry(), false).serialize("entities", entity);

        byte[] expected = concat(
                new byte[] {0, 0x01, 0x02, 0x03, 0x04},
                new byte[] {0x04}, ascii("CD"),        // string: zig-zag length 2, then UTF-8
                new byte[] {0x00},                     // enum COUNTRY: index 0
                new byte[] {0x10}, ascii("DR Congo"),  // length 8
                new byte[] {0x0a}, ascii("Congo"));    // length 5
        assertThat(bytes).containsExactly(expected);
    }

    @Test
    void bodyOfAnArticleIsExactlyAvrosOwnBinaryEncoding() throws IOException {
        var article = TestRecords.anArticle().build();

        byte[] bytes = new AvroSerializer<Article>(new FixedIdRegistry(), false)
                .serialize("articles-raw", article);

        ByteArrayOutputStream avro = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(avro, null);
        new SpecificDatumWriter<>(Article.class).write(article, encoder);
        encoder.flush();
        assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0, 1, 2, 3, 4);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).containsExactly(avro.toByteArray());
    }

    @Test
    void headerIdIsReadBigEndian() {
        assertThat(WireFormat.schemaId(new byte[] {0, 0x7f, (byte) 0xff, 0x00, 0x01, 0x42})).isEqualTo(0x7fff0001);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
