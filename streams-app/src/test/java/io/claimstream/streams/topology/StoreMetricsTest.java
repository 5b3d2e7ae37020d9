package io.claimstream.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.streams.metrics.StateStoreMetrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/** Every state store of the real topology, key-value and window alike, reaches a Prometheus scrape. */
class StoreMetricsTest {

    @Test
    void everyStoreOfTheTopologyReportsItsRocksDbMetricsWithoutARefusedMeter() throws Exception {
        Topology topology = TopologySnapshotTest.topology();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "store-metrics");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("store-metrics").toString());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(StateStoreMetrics.excludeFromGenericBinder());
        List<String> refused = new ArrayList<>();
        registry.config().onMeterRegistrationFailed((id, reason) -> refused.add(reason));

        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props);
             StateStoreMetrics binder = new StateStoreMetrics(driver::metrics, Duration.ofHours(1))) {
            binder.bindTo(registry);

            Set<String> reported = new TreeSet<>();
            Set<String> types = new TreeSet<>();
            for (Meter m : registry.find("kafka.stream.state.estimate.num.keys").meters()) {
                reported.add(m.getId().getTag("state.id"));
                types.add(m.getId().getTag("store.type"));
            }
            assertThat(refused).isEmpty();
            assertThat(reported).isEqualTo(stores(topology));
            assertThat(types).contains("rocksdb", "rocksdb-window");
            assertThat(registry.scrape()).contains("kafka_stream_state_estimate_num_keys{").doesNotContain("rocksdb_window_state_id");
        } finally {
            registry.close();
        }
    }

    private static Set<String> stores(Topology topology) {
        Set<String> names = new TreeSet<>();
        for (TopologyDescription.Subtopology s : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : s.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    names.addAll(p.stores());
                }
            }
        }
        return names;
    }
}
