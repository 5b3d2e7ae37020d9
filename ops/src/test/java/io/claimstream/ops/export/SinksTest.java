package io.claimstream.ops.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.claimstream.ops.TestArticles;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.serde.GenericAvroDeserializer;
import io.claimstream.schema.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SinksTest {

    private static final String REGISTRY = "ops-sinks-test";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RecordDecoder decoder = new RecordDecoder(new GenericAvroDeserializer(SchemaRegistries.mock(REGISTRY)));
    private final AvroSerializer<Article> serializer = new AvroSerializer<>(SchemaRegistries.mock(REGISTRY), false);

    @AfterEach
    void dropRegistry() {
        SchemaRegistries.dropMock(REGISTRY);
    }

    @Test
    void anAvroValueBecomesPlainJsonWithIsoTimestamps() throws IOException {
        ExportedRecord r = decoder.decode(record("a-1", serializer.serialize("articles.raw.v1", TestArticles.anArticle("a-1").build())));

        JsonNode line = MAPPER.readTree(jsonl(r));
        assertThat(line.get("key").asText()).isEqualTo("a-1");
        assertThat(line.get("timestamp").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(line.get("value").get("publishedAt").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(line.get("value").get("title").asText()).isEqualTo("Export fixture a-1");
        assertThat(line.has("note")).isFalse();
    }

    @Test
    void aTombstoneHasANullValue() throws IOException {
        JsonNode line = MAPPER.readTree(jsonl(decoder.decode(record("a-1", null))));

        assertThat(line.get("value").isNull()).isTrue();
    }

    @Test
    void aValueThatIsNotAvroIsKeptAsBase64WithANote() throws IOException {
        JsonNode line = MAPPER.readTree(jsonl(decoder.decode(record("k", "plain text".getBytes(StandardCharsets.UTF_8)))));

        assertThat(line.get("value").asText()).isEqualTo("cGxhaW4gdGV4dA==");
        assertThat(line.get("note").asText()).contains("not decodable Avro");
    }

    @Test
    void csvFlattensTopLevelFieldsAndWritesNestedOnesAsJson() throws IOException {
        StringWriter out = new StringWriter();
        RecordSink csv = new CsvSink(out);
        csv.write(decoder.decode(record("a-1", null)));
        csv.write(decoder.decode(record("a-2", serializer.serialize("articles.raw.v1", TestArticles.anArticle("a-2").build()))));
        csv.finish();

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("topic,partition,offset,timestamp,key,note,value,id,url,canonicalUrl")
                .endsWith("attributes,other_fields");
        assertThat(lines[1]).startsWith("articles.raw.v1,0,7,2026-11-01T08:00:00Z,a-1,,,");
        assertThat(lines[2]).contains(",a-2,\"https://www.example.com/news/a-2\"".replace("\"", ""))
                .contains("\"Fixture text of article a-2, with a comma and a \"\"quote\"\".\"")
                .contains("\"{\"\"author\"\":\"\"Test Writer\"\"}\"");
    }

    @Test
    void csvPutsFieldsTheHeaderDidNotKnowIntoOtherFields() throws IOException {
        StringWriter out = new StringWriter();
        RecordSink csv = new CsvSink(out);
        JsonNodeFactory f = JsonNodeFactory.instance;
        csv.write(new ExportedRecord("t", 0, 0, Instant.EPOCH, "k", f.objectNode().put("a", 1), Optional.empty()));
        csv.write(new ExportedRecord("t", 0, 1, Instant.EPOCH, "k", f.objectNode().put("a", 2).put("b", "x"), Optional.empty()));
        csv.finish();

        assertThat(out.toString().split("\r\n")).containsExactly(
                "topic,partition,offset,timestamp,key,note,value,a,other_fields",
                "t,0,0,1970-01-01T00:00:00Z,k,,,1,",
                "t,0,1,1970-01-01T00:00:00Z,k,,,2,\"{\"\"b\"\":\"\"x\"\"}\"");
    }

    private static ConsumerRecord<byte[], byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>("articles.raw.v1", 0, 7, TestArticles.PUBLISHED.toEpochMilli(),
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, value == null ? -1 : value.length,
                key.getBytes(StandardCharsets.UTF_8), value, new org.apache.kafka.common.header.internals.RecordHeaders(),
                Optional.empty());
    }

    private static String jsonl(ExportedRecord r) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new JsonLinesSink(out);
        sink.write(r);
        sink.finish();
        assertThat(out.toString()).endsWith("\n").doesNotContain("\n{");
        return out.toString();
    }
}
