package io.claimstream.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StateStoreMetricsTest {

    private final Metrics kafka = new Metrics();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<String> refused = new ArrayList<>();
    private StateStoreMetrics binder;

    @BeforeEach
    void registryAsTheStreamsAppHasIt() {
        registry.config().meterFilter(StateStoreMetrics.excludeFromGenericBinder());
        registry.config().onMeterRegistrationFailed((id, reason) -> refused.add(id + ": " + reason));
        binder = new StateStoreMetrics(kafka::metrics, Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        binder.close();
        kafka.close();
        registry.close();
    }

    @Test
    void keyValueAndWindowStoresReportTheSameMetricUnderOneSetOfLabels() {
        gauge("estimate-num-keys", "rocksdb-state-id", "deal-state", 12);
        gauge("estimate-num-keys", "rocksdb-window-state-id", "dedup-lsh", 340);
        binder.bindTo(registry);

        String scrape = registry.scrape();
        assertThat(refused).isEmpty();
        assertThat(scrape).contains("kafka_stream_state_estimate_num_keys{kafka_version=\"")
                .containsPattern("kafka_stream_state_estimate_num_keys\\{[^}]*state_id=\"deal-state\",store_type=\"rocksdb\"[^}]*} 12")
                .containsPattern("kafka_stream_state_estimate_num_keys\\{[^}]*state_id=\"dedup-lsh\",store_type=\"rocksdb-window\"[^}]*} 340")
                .doesNotContain("rocksdb_window_state_id").doesNotContain("rocksdb_state_id");
    }

    @Test
    void cumulativeTotalsAreCountersAndTheRestGauges() {
        MetricName total = name("bytes-written-total", "rocksdb-window-state-id", "dedup-lsh");
        kafka.addMetric(total, new CumulativeSum());
        gauge("block-cache-usage", "rocksdb-window-state-id", "dedup-lsh", 1024);
        binder.bindTo(registry);

        assertThat(registry.find("kafka.stream.state.bytes.written.total").functionCounter()).isNotNull();
        assertThat(registry.find("kafka.stream.state.block.cache.usage").gauge()).isNotNull();
    }

    @Test
    void storesThatAppearOrGoAreFollowedOnRefresh() {
        gauge("estimate-num-keys", "rocksdb-state-id", "deal-state", 1);
        binder.bindTo(registry);
        MetricName later = gauge("estimate-num-keys", "rocksdb-window-state-id", "piece-copies", 2);
        binder.refresh();
        assertThat(storeIds()).containsExactlyInAnyOrder("deal-state", "piece-copies");

        kafka.removeMetric(later);
        binder.refresh();
        assertThat(storeIds()).containsExactly("deal-state");
    }

    @Test
    void theGenericBindersCopiesWithKafkasOwnStoreTagAreDenied() {
        Meter raw = io.micrometer.core.instrument.Gauge.builder("kafka.stream.state.estimate.num.keys", () -> 1)
                .tag("rocksdb.window.state.id", "dedup-lsh").tag("task.id", "0_0").register(registry);
        assertThat(registry.getMeters()).doesNotContain(raw);
        assertThat(registry.scrape()).doesNotContain("rocksdb_window_state_id");
    }

    @Test
    void metricsOfOtherGroupsAreLeftToTheGenericBinder() {
        kafka.addMetric(new MetricName("process-rate", "stream-thread-metrics", "", Map.of("thread-id", "t1")), new Value());
        binder.bindTo(registry);
        assertThat(registry.getMeters()).isEmpty();
    }

    private List<String> storeIds() {
        return registry.find("kafka.stream.state.estimate.num.keys").gauges().stream()
                .map(g -> g.getId().getTag("state.id")).toList();
    }

    private MetricName gauge(String metric, String storeTag, String store, double value) {
        MetricName name = name(metric, storeTag, store);
        kafka.addMetric(name, (config, now) -> value);
        return name;
    }

    private static MetricName name(String metric, String storeTag, String store) {
        return new MetricName(metric, StateStoreMetrics.GROUP, "", Map.of("thread-id", "app-StreamThread-1", "task-id", "0_0", storeTag, store));
    }
}
