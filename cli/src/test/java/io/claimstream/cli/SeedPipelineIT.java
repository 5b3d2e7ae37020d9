package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.schema.DealState;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seed articles, plus one poison pill, through the real producer, broker, registry and streams app. */
@ExtendWith(LocalStackExtension.class)
class SeedPipelineIT {

    private static final byte[] GARBAGE = "not an avro record".getBytes(StandardCharsets.UTF_8);
    private static PipelineHarness pipeline;
    private static StreamsApp app;
    private static StackEndpoints endpoints;

    @BeforeAll
    static void runTheSeedsThroughThePipeline(StackEndpoints stack) {
        endpoints = stack;
        pipeline = PipelineHarness.create(stack, "seeds", 3);
        app = pipeline.start();
        pipeline.produceRaw(pipeline.topic(TopicLabel.ARTICLES_RAW), "poison".getBytes(StandardCharsets.UTF_8), GARBAGE);
        assertThat(pipeline.publish(PipelineHarness.seeds())).isZero();
        pipeline.awaitProcessed(app, Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everySeedIsAnOriginalPieceUnderItsInputId() {
        List<ConsumerRecord<String, UniqueArticle>> pieces = pipeline.read(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class);
        assertThat(pieces).extracting(r -> r.value().getArticle().getId())
                .containsExactlyInAnyOrder("file:seeds/000_08a18f8c2fb835f0.txt", "file:seeds/001_3b960e37f99b3145.txt",
                        "file:seeds/002_4031e58a0f0c6545.txt");
    }

    @Test
    void claimsAreKeyedByTheirDeal() {
        List<ConsumerRecord<String, Claim>> claims = pipeline.read(TopicLabel.CLAIMS, Claim.class);
        assertThat(claims).isNotEmpty();
        assertThat(claims).allSatisfy(r -> assertThat(r.key()).isEqualTo(
                r.value().getDealId() != null ? r.value().getDealId() : r.value().getArticleId()));
    }

    @Test
    void theDrcMineralsDealHasTheSeedBiddersAndTheUkraineDealStaysApart() {
        Map<String, DealState> deals = new TreeMap<>();
        pipeline.read(TopicLabel.DEALS, DealState.class).forEach(r -> deals.put(r.key(), r.value()));
        assertThat(deals).containsKeys("CD:critical-minerals", "UA:critical-minerals");
        DealState drc = deals.get("CD:critical-minerals");
        assertThat(drc.getBids()).extracting(b -> b.getBidder().getId()).contains("US", "QA", "CN", "BE", "GB", "RU");
        var us = drc.getBids().stream().filter(b -> b.getBidder().getId().equals("US")).findFirst().orElseThrow();
        assertThat(us.getIndependentSources()).isEqualTo(3);
        assertThat(us.getContradictions()).isNotEmpty();
        assertThat(us.getSeeks()).contains("cobalt", "lithium", "copper", "tantalum");
        // China is the incumbent whose dominance the US wants to reduce
        assertThat(drc.getBids()).filteredOn(b -> b.getIncumbent()).extracting(b -> b.getBidder().getId()).containsExactly("CN");
        assertThat(deals.get("UA:critical-minerals").getBids()).extracting(b -> b.getBidder().getId()).containsExactly("US");
    }

    @Test
    void aRecordThatIsNotAvroIsDeadLetteredWithItsOriginalBytes() {
        List<ConsumerRecord<String, DeadLetter>> dead = pipeline.read(TopicLabel.DEAD_LETTERS, DeadLetter.class);
        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(r.value().getStage()).isEqualTo(DeadLetterStage.DESERIALIZATION);
            assertThat(r.value().getReason()).isEqualTo("bad-magic-byte");
            assertThat(bytes(r.value().getValue())).isEqualTo(GARBAGE);
            assertThat(r.value().getTopic()).isEqualTo(pipeline.topic(TopicLabel.ARTICLES_RAW));
            assertThat(r.value().getOffset()).isNotNull();
        });
    }

    @Test
    void httpServesReadinessMetricsAndTheDeal() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertThat(get(http, "/health/ready").statusCode()).isEqualTo(200);
        assertThat(get(http, "/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> deal = get(http, "/deals/CD:critical-minerals");
        assertThat(deal.statusCode()).isEqualTo(200);
        assertThat(deal.body()).contains("\"dealId\":\"CD:critical-minerals\"");
        assertThat(get(http, "/deals").body()).contains("CD:critical-minerals");
        assertThat(get(http, "/metrics").body()).contains("claimstream_articles_in_total", "claimstream_dead_letters_total",
                "claimstream_claims_total", "kafka_stream");
        assertThat(get(http, "/topology").body()).contains("dedup-decide");
    }

    @Test
    void aKafkajsConsumerDecodesTheDealsThroughTheRegistry() throws Exception {
        Path interop = Path.of("..", "interop", "kafkajs").toAbsolutePath().normalize();
        assertThat(interop.resolve("node_modules")).as("npm ci ran in " + interop).isDirectory();
        Process node = new ProcessBuilder("node", "consume.js",
                "--brokers", endpoints.bootstrapServers(), "--registry", endpoints.schemaRegistryUrl(),
                "--topic", pipeline.topic(TopicLabel.DEALS), "--count", "1")
                .directory(interop.toFile()).redirectErrorStream(false).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(err).isZero();
        JsonNode record = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
        assertThat(record.path("value").path("dealId").asText()).isEqualTo(record.path("key").asText());
        assertThat(record.path("value").path("bids").isArray()).isTrue();
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.httpBaseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(java.nio.ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
