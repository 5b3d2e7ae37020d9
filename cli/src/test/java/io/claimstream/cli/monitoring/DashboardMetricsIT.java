package io.claimstream.cli.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.claimstream.cli.PipelineHarness;
import io.claimstream.ops.lag.KafkaLagReader;
import io.claimstream.ops.lag.LagMetrics;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Grafana dashboard and the Prometheus config shipped in deploy/ query what the streams app really exports: a real
 * pipeline runs the seeds (plus a copy of one, and a poison pill, so the duplicate and dead-letter series exist), and
 * every metric name in the dashboard's PromQL must appear in the app's /metrics scrape.
 */
@ExtendWith(LocalStackExtension.class)
class DashboardMetricsIT {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Path DASHBOARD = DEPLOY.resolve("grafana/dashboards/claimstream.json");
    private static final Path PROMETHEUS_CONFIG = DEPLOY.resolve("prometheus.yml");

    private static StreamsApp app;
    private static KafkaLagReader lagReader;
    private static LagMetrics lagMetrics;

    @BeforeAll
    static void runTheSeedsACopyAndAPoisonPill(StackEndpoints stack, @TempDir Path copies) throws IOException {
        PipelineHarness pipeline = PipelineHarness.create(stack, "dashboard", 2);
        app = pipeline.start();
        // As StreamsCommand does: the lag gauges live in the app's registry (refreshed faster here than its 15s).
        lagReader = KafkaLagReader.create(pipeline.config);
        lagMetrics = new LagMetrics(lagReader, List.of(pipeline.config.applicationId()), Duration.ofSeconds(1));
        lagMetrics.bindTo(app.meterRegistry());

        pipeline.produceRaw(pipeline.topic(TopicLabel.ARTICLES_RAW), "poison".getBytes(StandardCharsets.UTF_8),
                "not an avro record".getBytes(StandardCharsets.UTF_8));
        assertThat(pipeline.publish(PipelineHarness.seeds())).isZero();
        pipeline.awaitProcessed(app, Duration.ofMinutes(3));
        // Published after the original was decided, so it is judged a duplicate of it rather than the other way round.
        try (var seeds = Files.list(PipelineHarness.seeds())) {
            Path first = seeds.sorted().findFirst().orElseThrow();
            Files.copy(first, copies.resolve("copy-of-" + first.getFileName()));
        }
        assertThat(pipeline.publish(copies)).isZero();
        pipeline.awaitProcessed(app, Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        if (lagMetrics != null) {
            lagMetrics.close();
        }
        if (lagReader != null) {
            lagReader.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyMetricTheDashboardQueriesIsInTheScrape() throws IOException {
        Map<String, Set<String>> wanted = metricsByQuery(DashboardQueries.read(DASHBOARD));
        assertThat(wanted).as("queries in " + DASHBOARD).isNotEmpty();
        assertThat(wanted).as("a query whose metric names could not be found").allSatisfy((q, names) -> assertThat(names).isNotEmpty());
        Set<String> all = new TreeSet<>();
        wanted.values().forEach(all::addAll);
        // Lag gauges appear on the first refresh after the group commits; the rest are there once the pipeline ran.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            String scrape = scrape();
            Files.writeString(Path.of("target", "dashboard-metrics-scrape.txt"), scrape);
            assertThat(PrometheusScrape.sampleNames(scrape)).as("metrics in the scrape").containsAll(all);
        });
    }

    @Test
    void theRocksDbMetricsOfEveryStoreReachTheScrapeWindowAndKeyValueStoresAlike() {
        // Kafka Streams tags a window store's metrics rocksdb-window-state-id and a key-value store's rocksdb-state-id;
        // Prometheus takes one label set per name, so the store metrics are bound with store_type and state_id instead.
        Set<String> stores = new TreeSet<>();
        app.topology().describe().subtopologies().forEach(s -> s.nodes().forEach(n -> {
            if (n instanceof org.apache.kafka.streams.TopologyDescription.Processor p) {
                stores.addAll(p.stores());
            }
        }));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, String>> series = PrometheusScrape.series(scrape(), "kafka_stream_state_estimate_num_keys");
            assertThat(series).extracting(labels -> labels.get("state_id")).containsAll(stores);
            assertThat(series).extracting(labels -> labels.get("store_type")).contains("rocksdb", "rocksdb-window");
            assertThat(series).allSatisfy(labels -> assertThat(labels.keySet())
                    .containsExactlyInAnyOrder("kafka_version", "state_id", "store_type", "task_id", "thread_id"));
        });
    }

    @Test
    void theLatencyQuantilesAreComputedFromTheHistogramBuckets() throws IOException {
        List<String> quantiles = DashboardQueries.read(DASHBOARD).queries().stream()
                .map(DashboardQueries.Query::expr).filter(e -> e.contains("histogram_quantile")).toList();
        assertThat(quantiles).isNotEmpty().allSatisfy(e -> assertThat(PromQlMetricNames.of(e))
                .singleElement().satisfies(name -> assertThat(name).endsWith("_bucket")));
    }

    @Test
    void prometheusScrapesTheStreamsAppAtItsMetricsPath() throws IOException {
        JsonNode config = new YAMLMapper().readTree(PROMETHEUS_CONFIG.toFile());
        JsonNode job = null;
        for (JsonNode j : config.path("scrape_configs")) {
            if (j.path("job_name").asText().equals("claimstream-streams")) {
                job = j;
            }
        }
        assertThat(job).as("the claimstream-streams job in " + PROMETHEUS_CONFIG).isNotNull();
        assertThat(job.path("metrics_path").asText("/metrics")).isEqualTo("/metrics");
        assertThat(job.path("static_configs").get(0).path("targets").get(0).asText()).isEqualTo("streams-app:8080");
    }

    private static Map<String, Set<String>> metricsByQuery(DashboardQueries dashboard) {
        Map<String, Set<String>> out = new TreeMap<>();
        dashboard.queries().forEach(q -> out.put(q.where() + ": " + q.expr(), PromQlMetricNames.of(q.expr())));
        return out;
    }

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.httpBaseUrl() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
