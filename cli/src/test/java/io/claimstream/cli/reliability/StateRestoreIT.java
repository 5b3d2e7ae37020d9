package io.claimstream.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.cli.reliability.IsolatedPipeline.RawRecord;
import io.claimstream.schema.Article;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topology.ClaimstreamTopology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Local state is a cache of the changelogs: an instance started on an empty state directory, after every instance
 * that held the state is gone, serves the same deal state and judges a new copy against the restored dedup stores.
 * With {@code num.standby.replicas=1} the deal store has a standby on the other instance.
 */
@ExtendWith(LocalStackExtension.class)
class StateRestoreIT {

    private static final String DEAL = "CD:critical-minerals";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static IsolatedPipeline pipeline;
    private static Set<String> standbyStoresBeforeRestore;
    private static String dealBeforeRestore;
    private static String dealAfterRestore;
    private static PipelineOutputs outputsAfterRestore;
    private static StreamsApp restored;

    @BeforeAll
    static void processTheSeedsThenRestartOnAnEmptyStateDirectory(StackEndpoints stack) {
        pipeline = IsolatedPipeline.create(stack, "restore", 2, IsolatedPipeline.FAST_FAILOVER);
        AvroSerializer<Article> serializer = new AvroSerializer<>(pipeline.registry(), false);
        List<GoodArticles.Keyed> seeds = GoodArticles.mix(0, 1).stream().filter(k -> k.article().getId().matches("seed-\\d+")).toList();

        try (StreamsApp first = pipeline.start(); StreamsApp second = pipeline.startInstance(IsolatedPipeline.newStateDir())) {
            await().atMost(Duration.ofMinutes(2)).until(() -> first.runner().health().ready() && second.runner().health().ready()
                    && !standbyStores(first).isEmpty());
            standbyStoresBeforeRestore = standbyStores(first);
            pipeline.sendRaw(seeds.stream().map(k -> raw(serializer, k)).toList());
            pipeline.awaitCaughtUp(Duration.ofMinutes(2), () -> first.runner().health().ready() && second.runner().health().ready());
            dealBeforeRestore = get(first, "/deals/" + DEAL);
        }

        restored = pipeline.startInstance(IsolatedPipeline.newStateDir());
        pipeline.awaitCaughtUp(Duration.ofMinutes(2), () -> restored.runner().health().ready());
        dealAfterRestore = get(restored, "/deals/" + DEAL);
        Article lateCopy = ArticleBuilder.article("seed-0-late-copy").text(seeds.get(0).article().getText()).build();
        pipeline.sendRaw(List.of(raw(serializer, new GoodArticles.Keyed("late", lateCopy))));
        pipeline.awaitCaughtUp(Duration.ofMinutes(2), () -> restored.runner().health().ready());
        outputsAfterRestore = PipelineOutputs.read(pipeline);
    }

    @AfterAll
    static void stop() {
        if (restored != null) {
            restored.close();
        }
    }

    @Test
    void withOneStandbyReplicaTheStoresHaveAStandbyOnAnotherInstance() {
        assertThat(standbyStoresBeforeRestore).contains(ClaimstreamTopology.DEAL_STATE_STORE);
    }

    @Test
    void anInstanceOnAnEmptyStateDirectoryServesExactlyTheDealStateItsPredecessorsServed() throws IOException {
        JsonNode before = new ObjectMapper().readTree(dealBeforeRestore);
        assertThat(before.path("dealId").asText()).isEqualTo(DEAL);
        assertThat(new ObjectMapper().readTree(dealAfterRestore)).isEqualTo(before);
    }

    @Test
    void aCopyArrivingAfterTheRestoreIsJudgedAgainstTheRestoredDedupState() {
        assertThat(outputsAfterRestore.verdicts().get("seed-0-late-copy")).startsWith("copy of seed-0 ");
        assertThat(outputsAfterRestore.newPieceIds()).containsExactlyInAnyOrder("seed-0", "seed-1", "seed-2");
    }

    /** Store names this client's peers (and itself) hold as standbys, from Kafka Streams' own metadata. */
    private static Set<String> standbyStores(StreamsApp app) {
        return app.runner().streams().metadataForAllStreamsClients().stream()
                .map(StreamsMetadata::standbyStateStoreNames).flatMap(Set::stream).collect(Collectors.toSet());
    }

    private static RawRecord raw(AvroSerializer<Article> serializer, GoodArticles.Keyed k) {
        return new RawRecord(k.key().getBytes(StandardCharsets.UTF_8),
                serializer.serialize(pipeline.topic(TopicLabel.ARTICLES_RAW), k.article()));
    }

    private static String get(StreamsApp app, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.httpBaseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
