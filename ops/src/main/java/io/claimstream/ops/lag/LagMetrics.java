package io.claimstream.ops.lag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports consumer lag as gauges. A background thread reads a {@link LagSnapshot} every {@code interval}; gauges only
 * look up the latest snapshot, so a scrape never waits on Kafka. Gauges appear as groups and partitions appear and are
 * removed when they disappear.
 *
 * <ul>
 *   <li>{@code claimstream.consumer.lag.records} {group, topic, partition}: end offset minus committed offset</li>
 *   <li>{@code claimstream.consumer.lag.seconds} {group, topic, partition}: age of the oldest unconsumed record</li>
 *   <li>{@code claimstream.consumer.group.lag.records} {group}: sum over the group's partitions</li>
 *   <li>{@code claimstream.consumer.group.lag.seconds} {group}: worst partition of the group</li>
 *   <li>{@code claimstream.consumer.lag.snapshot.age.seconds}: how old the figures are (grows when refreshes fail)</li>
 *   <li>{@code claimstream.consumer.lag.refresh.failures}: refreshes that threw, or groups that could not be read</li>
 * </ul>
 * Unknown figures read as NaN. Close it to stop the thread and remove the gauges; it does not close the reader.
 */
public final class LagMetrics implements MeterBinder, AutoCloseable {

    public static final String PARTITION_RECORDS = "claimstream.consumer.lag.records";
    public static final String PARTITION_SECONDS = "claimstream.consumer.lag.seconds";
    public static final String GROUP_RECORDS = "claimstream.consumer.group.lag.records";
    public static final String GROUP_SECONDS = "claimstream.consumer.group.lag.seconds";
    public static final String SNAPSHOT_AGE = "claimstream.consumer.lag.snapshot.age.seconds";
    public static final String REFRESH_FAILURES = "claimstream.consumer.lag.refresh.failures";

    private static final Logger LOG = LoggerFactory.getLogger(LagMetrics.class);

    /** The figures of one gauge series, keyed by its tags. */
    private record Series(String name, Tags tags) {
    }

    private final LagReader reader;
    private final List<String> groups;
    private final Duration interval;
    private final Clock clock;
    private final AtomicReference<Map<Series, Double>> values = new AtomicReference<>(Map.of());
    private final AtomicReference<LagSnapshot> latest;
    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
    private final Map<Series, List<Meter>> gauges = new ConcurrentHashMap<>();
    private final List<Counter> failureCounters = new CopyOnWriteArrayList<>();
    private final Object refreshLock = new Object();
    private ScheduledExecutorService scheduler;

    /**
     * @param groups the groups to watch (e.g. the streams app's application.id and configured downstream groups); empty
     *               means every consumer group on the cluster
     */
    public LagMetrics(LagReader reader, List<String> groups, Duration interval) {
        this(reader, groups, interval, Clock.systemUTC());
    }

    LagMetrics(LagReader reader, List<String> groups, Duration interval, Clock clock) {
        this.reader = reader;
        this.groups = List.copyOf(groups);
        this.interval = interval;
        this.clock = clock;
        this.latest = new AtomicReference<>(LagSnapshot.empty(clock.instant()));
    }

    /** Registers the fixed meters and, on first bind, starts refreshing in the background. */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        registries.add(registry);
        Gauge.builder(SNAPSHOT_AGE, this, m -> Duration.between(m.latest.get().takenAt(), m.clock.instant()).toMillis() / 1000.0)
                .description("Age of the consumer-lag figures").baseUnit("seconds").register(registry);
        failureCounters.add(Counter.builder(REFRESH_FAILURES).description("Consumer-lag refreshes or groups that failed")
                .register(registry));
        gauges.keySet().forEach(series -> gauges.get(series).add(register(registry, series)));
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "claimstream-lag-metrics");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Reads a new snapshot now and publishes it; the background thread calls this every interval. */
    public void refreshNow() {
        synchronized (refreshLock) {
            publish(reader.read(groups));
        }
    }

    /** The figures the gauges currently show. */
    public LagSnapshot latest() {
        return latest.get();
    }

    void refreshQuietly() {
        try {
            refreshNow();
        } catch (RuntimeException e) {
            // Keep the last figures; the snapshot age gauge shows they are getting old.
            failureCounters.forEach(Counter::increment);
            LOG.warn("consumer lag refresh failed: {}", e.toString());
        }
    }

    private void publish(LagSnapshot snapshot) {
        Map<Series, Double> next = new HashMap<>();
        for (GroupLag g : snapshot.groups()) {
            Tags groupTags = Tags.of("group", g.groupId());
            next.put(new Series(GROUP_RECORDS, groupTags), (double) g.totalOffsetLag());
            next.put(new Series(GROUP_SECONDS, groupTags), seconds(g.maxTimeLag()));
            for (PartitionLag p : g.partitions()) {
                Tags tags = groupTags.and("topic", p.topic(), "partition", Integer.toString(p.partition()));
                next.put(new Series(PARTITION_RECORDS, tags),
                        p.offsetLag().isPresent() ? (double) p.offsetLag().getAsLong() : Double.NaN);
                next.put(new Series(PARTITION_SECONDS, tags), seconds(p.timeLag()));
            }
        }
        if (!snapshot.failures().isEmpty()) {
            failureCounters.forEach(c -> c.increment(snapshot.failures().size()));
        }
        values.set(Map.copyOf(next));
        latest.set(snapshot);
        syncGauges(next.keySet());
    }

    private synchronized void syncGauges(Set<Series> wanted) {
        for (Series series : wanted) {
            gauges.computeIfAbsent(series, s -> new CopyOnWriteArrayList<>(registries.stream().map(r -> register(r, s)).toList()));
        }
        gauges.keySet().removeIf(series -> {
            if (wanted.contains(series)) {
                return false;
            }
            gauges.get(series).forEach(meter -> registries.forEach(r -> r.remove(meter)));
            return true;
        });
    }

    private Meter register(MeterRegistry registry, Series series) {
        return Gauge.builder(series.name(), this, m -> m.values.get().getOrDefault(series, Double.NaN))
                .tags(series.tags())
                .baseUnit(series.name().endsWith("seconds") ? "seconds" : "records")
                .strongReference(true)
                .register(registry);
    }

    private static double seconds(java.util.Optional<Duration> d) {
        return d.map(v -> v.toMillis() / 1000.0).orElse(Double.NaN);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        gauges.values().forEach(meters -> meters.forEach(meter -> registries.forEach(r -> r.remove(meter))));
        gauges.clear();
    }
}
