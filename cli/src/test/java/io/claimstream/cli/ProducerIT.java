package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.schema.Origin;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicProvisioner;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The producer against the real broker and registry: good inputs arrive, every bad one is a dead letter with its bytes. */
@ExtendWith(LocalStackExtension.class)
class ProducerIT {

    @Test
    void badInputsAreDeadLetteredWithTheirReasonWhileTheGoodOnesArrive(StackEndpoints endpoints, @TempDir Path dir) throws Exception {
        PipelineHarness pipeline = PipelineHarness.create(endpoints, "producer", 3);
        createTopics(pipeline);
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("good.txt"), "A good headline\nQatar is said to weigh an offer for Congolese cobalt.\n");
        Files.writeString(inputs.resolve("empty.txt"), "   \n\n");
        byte[] invalidUtf8 = {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xC3, (byte) 0x28, 'x'};
        Files.write(inputs.resolve("latin1.txt"), invalidUtf8);
        Files.writeString(inputs.resolve("huge.txt"), "Huge\n" + "word ".repeat(5_000));
        Files.writeString(inputs.resolve("lines.jsonl"),
                "{\"id\":\"j1\",\"url\":\"https://www.example.org/a?utm_source=x&id=7#top\",\"source\":\"example.org\",\"title\":\"T\","
                        + "\"published\":\"2025-03-19\",\"lang\":\"en\",\"text\":\"The United States and the DRC discussed minerals.\"}\n"
                        + "{\"id\": \"broken\", \n");

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", ex -> {
            byte[] body = "this is not xml".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        int status;
        try {
            String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
            status = produce(pipeline, inputs.toString(), "--feed", feed, "--max-bytes", "16384");
        } finally {
            server.stop(0);
        }

        assertThat(status).as("exit status says something was rejected").isEqualTo(2);
        List<ConsumerRecord<String, Article>> articles = pipeline.read(TopicLabel.ARTICLES_RAW, Article.class);
        assertThat(articles).extracting(r -> r.value().getId()).containsExactlyInAnyOrder("file:in/good.txt", "j1");
        Article j1 = articles.stream().map(ConsumerRecord::value).filter(a -> a.getId().equals("j1")).findFirst().orElseThrow();
        assertThat(j1.getCanonicalUrl()).isEqualTo("https://example.org/a?id=7");
        assertThat(j1.getSourceDomain()).isEqualTo("example.org");
        assertThat(j1.getOrigin()).isEqualTo(Origin.JSONL);
        assertThat(j1.getPublishedAt()).isNotNull();
        assertThat(articles).filteredOn(r -> r.value().getId().equals("j1")).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("https://example.org/a?id=7"));

        List<DeadLetter> dead = pipeline.read(TopicLabel.DEAD_LETTERS, DeadLetter.class).stream().map(ConsumerRecord::value).toList();
        assertThat(dead).allSatisfy(d -> assertThat(d.getStage()).isEqualTo(DeadLetterStage.INGEST));
        Map<String, Long> reasons = dead.stream().collect(Collectors.groupingBy(DeadLetter::getReason, TreeMap::new, Collectors.counting()));
        assertThat(reasons).hasSize(5).containsKeys("empty-text");
        assertThat(dead).anySatisfy(d -> {
            assertThat(d.getSource()).contains("latin1.txt");
            assertThat(bytes(d)).isEqualTo(invalidUtf8);
        });
        assertThat(dead).anySatisfy(d -> assertThat(d.getSource()).contains("lines.jsonl"));
        assertThat(dead).anySatisfy(d -> assertThat(d.getSource()).contains("/feed"));
        assertThat(dead).anySatisfy(d -> assertThat(d.getSource()).contains("huge.txt"));
    }

    @Test
    void theDevCorpusAndTheSeedsGiveOneEventPerArticleWithTheirIds(StackEndpoints endpoints) throws Exception {
        Path corpus = Path.of("..", "..", "shared", "corpus", "dev", "articles.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(corpus), "the dev corpus is not beside the project");
        PipelineHarness pipeline = PipelineHarness.create(endpoints, "producer-corpus", 3);
        createTopics(pipeline);

        assertThat(produce(pipeline, corpus.toString(), PipelineHarness.seeds().toString())).isZero();

        List<Article> articles = pipeline.read(TopicLabel.ARTICLES_RAW, Article.class).stream().map(ConsumerRecord::value).toList();
        List<String> corpusIds = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            if (!line.isBlank()) {
                corpusIds.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).path("id").asText());
            }
        }
        assertThat(articles).hasSize(corpusIds.size() + 3);
        assertThat(articles).extracting(Article::getId).containsAll(corpusIds);
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.getText()).isNotBlank();
            assertThat(a.getContentHash()).hasSize(64);
            assertThat(a.getLanguage()).isNotBlank();
            assertThat(a.getIngestedAt()).isNotNull();
        });
        assertThat(articles).filteredOn(a -> a.getOrigin() == Origin.JSONL).allSatisfy(a -> assertThat(a.getSourceDomain()).isNotBlank());
    }

    private static void createTopics(PipelineHarness pipeline) {
        try (Admin admin = Admin.create(pipeline.clientProps())) {
            new TopicProvisioner(admin).ensure(pipeline.config.topics().all());
        }
    }

    private static int produce(PipelineHarness pipeline, String... args) {
        List<String> all = new ArrayList<>(List.of("produce",
                "-b", pipeline.config.bootstrapServers(), "-r", pipeline.config.schemaRegistryUrl(),
                "--topic=" + pipeline.topic(TopicLabel.ARTICLES_RAW), "--rejects-topic=" + pipeline.topic(TopicLabel.DEAD_LETTERS),
                "--progress=NONE"));
        all.addAll(List.of(args));
        CommandLine cl = Main.commandLine();
        return cl.execute(all.toArray(String[]::new));
    }

    private static byte[] bytes(DeadLetter d) {
        var b = d.getValue().duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
