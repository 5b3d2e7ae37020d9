package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest {

    /** An older Article: no language or attributes yet (both have defaults now), and a since-dropped field. */
    private static final Schema OLD_ARTICLE = new Schema.Parser().parse("""
            {"type": "record", "name": "Article", "namespace": "io.claimstream.schema", "fields": [
              {"name": "id", "type": "string"},
              {"name": "url", "type": ["null", "string"], "default": null},
              {"name": "canonicalUrl", "type": ["null", "string"], "default": null},
              {"name": "sourceDomain", "type": ["null", "string"], "default": null},
              {"name": "title", "type": ["null", "string"], "default": null},
              {"name": "text", "type": "string"},
              {"name": "ingestedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "origin", "type": {"type": "enum", "name": "Origin",
                 "symbols": ["FILE", "JSONL", "STDIN", "FEED", "PAGE", "GENERATED", "OTHER"], "default": "OTHER"}},
              {"name": "contentHash", "type": "string"},
              {"name": "legacyScore", "type": "double", "default": 0.0}
            ]}""");

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void aNewReaderReadsAnOldWriterFillingDefaultsAndSkippingDroppedFields() throws IOException {
        int oldId = registry.register("articles-value", OLD_ARTICLE);
        GenericRecord old = new GenericData.Record(OLD_ARTICLE);
        old.put("id", "a-old");
        old.put("text", "Old text.");
        old.put("ingestedAt", 1_700_000_000_000L);
        old.put("origin", new GenericData.EnumSymbol(OLD_ARTICLE.getField("origin").schema(), "FEED"));
        old.put("contentHash", "cafe");
        old.put("legacyScore", 0.5);

        Article read = new AvroDeserializer<>(Article.class, registry).deserialize("articles", frame(oldId, old));

        assertThat(read.getId()).isEqualTo("a-old");
        assertThat(read.getOrigin()).isEqualTo(Origin.FEED);
        assertThat(read.getIngestedAt().toEpochMilli()).isEqualTo(1_700_000_000_000L);
        assertThat(read.getLanguage()).isEqualTo("unknown");
        assertThat(read.getAttributes()).isEqualTo(Map.of());
        assertThat(read.getPublishedAt()).isNull();
    }

    @Test
    void theCurrentArticleMayFollowTheOldOneUnderBackward() {
        registry.register("articles-value", OLD_ARTICLE);

        assertThat(registry.testCompatibility("articles-value", Article.getClassSchema())).isTrue();
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
