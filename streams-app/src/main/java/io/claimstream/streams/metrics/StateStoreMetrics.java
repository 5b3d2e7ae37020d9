package io.claimstream.streams.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.config.MeterFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.utils.AppInfoParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' state-store metrics (group {@code stream-state-metrics}: RocksDB properties and statistics, store
 * operation rates and latencies) under one tag set, so that Prometheus takes all of them.
 *
 * <p>Kafka Streams names a store's tag after its type: {@code rocksdb-state-id} on key-value stores,
 * {@code rocksdb-window-state-id} on window stores, {@code in-memory-state-id}, ... So one metric, say
 * {@code estimate-num-keys}, comes with different tag keys per store type. Prometheus requires one set of label names
 * per metric name, and Micrometer's {@code KafkaStreamsMetrics} copies Kafka's tags as they are: whichever store type
 * registered first won, and every other store's meters were refused (the dedup window stores' among them).
 *
 * <p>Here each store meter carries {@code store.type} (the tag's prefix: {@code rocksdb}, {@code rocksdb-window},
 * ...) and {@code state.id} (the store name) instead, besides {@code thread.id}, {@code task.id} and
 * {@code kafka.version}; names stay Micrometer's ({@code kafka.stream.state.<metric>}, in Prometheus
 * {@code kafka_stream_state_<metric>}). {@link #excludeFromGenericBinder()} keeps Micrometer's binder from registering
 * its own, clashing copies. Meters follow the Kafka metrics: new stores' appear and removed stores' go (a rebalance
 * moves tasks) on each refresh.
 */
public final class StateStoreMetrics implements MeterBinder, AutoCloseable {

    static final String GROUP = "stream-state-metrics";
    static final String METER_PREFIX = "kafka.stream.state.";
    static final String STORE_TAG_SUFFIX = "-state-id";
    private static final Logger LOG = LoggerFactory.getLogger(StateStoreMetrics.class);

    private final Supplier<Map<MetricName, ? extends Metric>> metrics;
    private final Duration refreshInterval;
    private final Map<MetricName, Meter> bound = new HashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claimstream-store-metrics");
        t.setDaemon(true);
        return t;
    });
    private MeterRegistry registry;

    /** @param metrics the client's metrics ({@code kafkaStreams::metrics}), read on every refresh */
    public StateStoreMetrics(Supplier<Map<MetricName, ? extends Metric>> metrics, Duration refreshInterval) {
        this.metrics = metrics;
        this.refreshInterval = refreshInterval;
    }

    /**
     * Denies the store meters that a generic Kafka binder registers with Kafka's own tags (a key such as
     * {@code rocksdb.window.state.id}); install it on the registry before binding anything.
     */
    public static MeterFilter excludeFromGenericBinder() {
        return MeterFilter.deny(id -> id.getName().startsWith(METER_PREFIX)
                && id.getTags().stream().anyMatch(t -> t.getKey().endsWith(".state.id") && !t.getKey().equals("state.id")));
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        refresh();
        long millis = refreshInterval.toMillis();
        refresher.scheduleAtFixedRate(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Binds the store metrics that appeared since the last call and removes those that are gone. */
    synchronized void refresh() {
        Map<MetricName, ? extends Metric> current = metrics.get();
        bound.entrySet().removeIf(e -> {
            if (!current.containsKey(e.getKey())) {
                registry.remove(e.getValue());
                return true;
            }
            return false;
        });
        current.forEach((name, metric) -> {
            if (!bound.containsKey(name) && GROUP.equals(name.group()) && metric.metricValue() instanceof Number) {
                storeTags(name).ifPresent(tags -> bound.put(name, register(name, metric, tags)));
            }
        });
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("refreshing the state store metrics failed; retrying in {}", refreshInterval, e);
        }
    }

    /** {@code thread.id}, {@code task.id}, ..., with the store tag split into store.type and state.id; empty if none. */
    static Optional<List<Tag>> storeTags(MetricName name) {
        List<Tag> tags = new ArrayList<>();
        boolean store = false;
        for (Map.Entry<String, String> tag : name.tags().entrySet()) {
            if (tag.getKey().endsWith(STORE_TAG_SUFFIX)) {
                tags.add(Tag.of("store.type", tag.getKey().substring(0, tag.getKey().length() - STORE_TAG_SUFFIX.length())));
                tags.add(Tag.of("state.id", tag.getValue()));
                store = true;
            } else {
                tags.add(Tag.of(tag.getKey().replace('-', '.'), tag.getValue()));
            }
        }
        tags.add(Tag.of("kafka.version", AppInfoParser.getVersion()));
        return store ? Optional.of(tags) : Optional.empty();
    }

    /** As Micrometer names Kafka meters, so that dashboards written for its binder keep working. */
    static String meterName(MetricName name) {
        return METER_PREFIX + name.name().replace('-', '.');
    }

    /** Meters refer to the metric weakly; Kafka's registry holds it for as long as the store has it. */
    private Meter register(MetricName name, Metric metric, List<Tag> tags) {
        String meterName = meterName(name);
        // Kafka's cumulative sums end in -total: counters; everything else (rates, averages, sizes) is a gauge.
        if (meterName.endsWith("total") || meterName.endsWith("count")) {
            return FunctionCounter.builder(meterName, metric, StateStoreMetrics::value).tags(tags)
                    .description(name.description()).register(registry);
        }
        return Gauge.builder(meterName, metric, StateStoreMetrics::value).tags(tags)
                .description(name.description()).register(registry);
    }

    private static double value(Metric metric) {
        return metric.metricValue() instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @Override
    public synchronized void close() {
        refresher.shutdownNow();
        if (registry != null) {
            bound.values().forEach(registry::remove);
        }
        bound.clear();
    }
}
