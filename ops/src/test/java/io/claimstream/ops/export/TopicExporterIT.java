package io.claimstream.ops.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.ops.Cluster;
import io.claimstream.ops.ExportCommand;
import io.claimstream.ops.TestArticles;
import io.claimstream.schema.Article;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@ExtendWith(LocalStackExtension.class)
class TopicExporterIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.now();
    private static final Instant TWO_DAYS_AGO = NOW.minus(Duration.ofDays(2));
    private static final Instant AN_HOUR_AGO = NOW.minus(Duration.ofHours(1));

    private Cluster cluster;
    private StackEndpoints stack;
    private String topic;

    @BeforeEach
    void writeArticles(StackEndpoints stack) throws Exception {
        this.stack = stack;
        cluster = new Cluster(stack);
        topic = Cluster.unique("export-articles");
        cluster.createTopics(2, topic);
        try (KafkaProducer<String, Article> producer = articleProducer()) {
            for (int i = 0; i < 6; i++) {
                Instant ts = i < 3 ? TWO_DAYS_AGO : AN_HOUR_AGO;
                producer.send(new ProducerRecord<>(topic, i % 2, ts.toEpochMilli(), "a-" + i,
                        TestArticles.anArticle("a-" + i).build())).get();
            }
            producer.send(new ProducerRecord<String, Article>(topic, 0, AN_HOUR_AGO.toEpochMilli(), "a-0", (Article) null)).get();
        }
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerProps(), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topic, 1, AN_HOUR_AGO.toEpochMilli(), "odd", "not avro".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    void exportsEveryRecordDecodedAsJsonLines() throws Exception {
        StringWriter out = new StringWriter();
        List<ExportProgress> progress = new ArrayList<>();
        ExportResult result;
        try (TopicExporter exporter = TopicExporter.create(cluster.config(Map.of()))) {
            result = exporter.export(topic, out, ExportFormat.JSONL, TimeRange.ALL, progress::add);
        }

        assertThat(result.succeeded()).as("%s", result).isTrue();
        assertThat(result.written()).isEqualTo(8);
        assertThat(result.undecodable()).isEqualTo(1);
        List<JsonNode> lines = lines(out.toString());
        assertThat(lines).hasSize(8);
        JsonNode first = lines.stream().filter(l -> "a-1".equals(l.get("key").asText())).findFirst().orElseThrow();
        assertThat(first.get("topic").asText()).isEqualTo(topic);
        assertThat(first.get("partition").asInt()).isEqualTo(1);
        assertThat(first.get("timestamp").asText()).isEqualTo(Instant.ofEpochMilli(TWO_DAYS_AGO.toEpochMilli()).toString());
        assertThat(first.get("value").get("id").asText()).isEqualTo("a-1");
        assertThat(first.get("value").get("origin").asText()).isEqualTo("GENERATED");
        assertThat(first.get("value").get("publishedAt").asText()).isEqualTo("2026-11-01T08:00:00Z");
        assertThat(lines).filteredOn(l -> l.get("value").isNull()).hasSize(1);
        assertThat(lines).filteredOn(l -> l.has("note")).singleElement()
                .satisfies(l -> assertThat(l.get("key").asText()).isEqualTo("odd"));
        assertThat(progress).last().satisfies(p -> assertThat(p.percent()).isEqualTo(100.0));
    }

    @Test
    void fromSeeksByTimestampAndToFiltersByIt() throws Exception {
        StringWriter recent = new StringWriter();
        StringWriter old = new StringWriter();
        try (TopicExporter exporter = TopicExporter.create(cluster.config(Map.of()))) {
            exporter.export(topic, recent, ExportFormat.JSONL, TimeRange.between(NOW.minus(Duration.ofDays(1)), null),
                    ProgressListener.NONE);
            ExportResult r = exporter.export(topic, old, ExportFormat.JSONL,
                    TimeRange.between(null, NOW.minus(Duration.ofDays(1))), ProgressListener.NONE);
            assertThat(r.outsideRange()).isEqualTo(5);
        }

        assertThat(lines(recent.toString())).hasSize(5)
                .allSatisfy(l -> assertThat(Instant.parse(l.get("timestamp").asText())).isAfter(NOW.minus(Duration.ofDays(1))));
        assertThat(lines(old.toString())).hasSize(3);
    }

    @Test
    void aTopicThatDoesNotExistIsAFailureNotAnEmptyFile() {
        try (TopicExporter exporter = TopicExporter.create(cluster.config(Map.of()))) {
            ExportResult r = exporter.export(Cluster.unique("no-such-topic"), new StringWriter(), ExportFormat.JSONL);

            assertThat(r.succeeded()).isFalse();
            assertThat(r.failure()).hasValueSatisfying(f -> assertThat(f).contains("does not exist"));
        }
    }

    @Test
    void theCommandWritesCsvToAFileAndACountToStderr(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("articles.csv");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(cluster.connectionArgs());
        args.addAll(List.of("--topic", topic, "--from", "P1D", "--format", "csv", "--out", file.toString()));

        int exit = cli.execute(args.toArray(String[]::new));

        assertThat(exit).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(file);
        assertThat(rows.get(0)).startsWith("topic,partition,offset,timestamp,key,note,value,id,url");
        assertThat(rows).hasSize(1 + 5);
        assertThat(err.toString()).contains("exported 5 records from " + topic + " to " + file);
    }

    private KafkaProducer<String, Article> articleProducer() {
        AvroSerializer<Article> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
        return new KafkaProducer<>(producerProps(), new StringSerializer(), values);
    }

    private Properties producerProps() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        return p;
    }

    private static List<JsonNode> lines(String jsonl) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isBlank()) {
                out.add(MAPPER.readTree(line));
            }
        }
        return out;
    }
}
