package io.claimstream.ops.lag;

import static io.claimstream.ops.lag.FixedLag.group;
import static io.claimstream.ops.lag.FixedLag.partition;
import static io.claimstream.ops.lag.FixedLag.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LagMetricsTest {

    private final FixedLag reader = new FixedLag();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    // A long interval: the background refresh runs once at bind time, the tests drive the rest with refreshNow().
    private final LagMetrics metrics = new LagMetrics(reader, List.of("claimstream", "downstream"), Duration.ofHours(1),
            Clock.fixed(FixedLag.AT.plusSeconds(30), ZoneOffset.UTC));

    @BeforeEach
    void bind() {
        reader.next.set(snapshot(
                group("claimstream", partition("articles.raw.v1", 0, 10, 15, Duration.ofSeconds(90)),
                        partition("articles.raw.v1", 1, 7, 8, Duration.ofSeconds(4))),
                group("downstream", partition("deals.v1", 0, 3, 3, Duration.ZERO))));
        metrics.bindTo(registry);
        metrics.refreshNow();
        // Binding also refreshes once in the background; let it finish so that the tests alone drive the figures.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> reader.reads.get() >= 2);
    }

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void partitionGaugesShowOffsetAndTimeLagTaggedByGroupTopicAndPartition() {
        assertThat(gauge(LagMetrics.PARTITION_RECORDS, "claimstream", "articles.raw.v1", "0")).isEqualTo(5.0);
        assertThat(gauge(LagMetrics.PARTITION_SECONDS, "claimstream", "articles.raw.v1", "0")).isEqualTo(90.0);
        assertThat(gauge(LagMetrics.PARTITION_RECORDS, "downstream", "deals.v1", "0")).isZero();
    }

    @Test
    void groupGaugesShowTheSumOfOffsetLagAndTheWorstTimeLag() {
        assertThat(registry.get(LagMetrics.GROUP_RECORDS).tag("group", "claimstream").gauge().value()).isEqualTo(6.0);
        assertThat(registry.get(LagMetrics.GROUP_SECONDS).tag("group", "claimstream").gauge().value()).isEqualTo(90.0);
    }

    @Test
    void scrapingReadsTheSnapshotWithoutAskingKafka() {
        int readsBefore = reader.reads.get();
        for (int i = 0; i < 5; i++) {
            registry.getMeters().forEach(m -> m.measure().forEach(ms -> ms.getValue()));
        }
        assertThat(reader.reads.get()).isEqualTo(readsBefore);
    }

    @Test
    void aRefreshUpdatesTheFiguresAndRemovesPartitionsThatWentAway() {
        reader.next.set(snapshot(group("claimstream", partition("articles.raw.v1", 0, 15, 40, Duration.ofSeconds(200)))));
        metrics.refreshNow();

        assertThat(gauge(LagMetrics.PARTITION_RECORDS, "claimstream", "articles.raw.v1", "0")).isEqualTo(25.0);
        assertThat(registry.find(LagMetrics.PARTITION_RECORDS).tag("partition", "1").gauge()).isNull();
        assertThat(registry.find(LagMetrics.GROUP_RECORDS).tag("group", "downstream").gauge()).isNull();
    }

    @Test
    void anUnknownTimeLagReadsAsNaN() {
        reader.next.set(snapshot(group("claimstream", partition("articles.raw.v1", 0, 1, 2, null))));
        metrics.refreshNow();

        assertThat(gauge(LagMetrics.PARTITION_SECONDS, "claimstream", "articles.raw.v1", "0")).isNaN();
    }

    @Test
    void aFailedRefreshKeepsTheLastFiguresCountsTheFailureAndShowsTheirAge() {
        reader.failure = new IllegalStateException("broker gone");
        metrics.refreshQuietly();

        assertThat(gauge(LagMetrics.PARTITION_RECORDS, "claimstream", "articles.raw.v1", "0")).isEqualTo(5.0);
        assertThat(registry.get(LagMetrics.REFRESH_FAILURES).counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(registry.get(LagMetrics.SNAPSHOT_AGE).gauge().value()).isEqualTo(30.0);
    }

    @Test
    void closingRemovesTheLagGauges() {
        metrics.close();

        assertThat(registry.find(LagMetrics.PARTITION_RECORDS).gauges()).isEmpty();
        assertThat(registry.find(LagMetrics.GROUP_SECONDS).gauges()).isEmpty();
    }

    private double gauge(String name, String group, String topic, String partition) {
        Gauge g = registry.get(name).tag("group", group).tag("topic", topic).tag("partition", partition).gauge();
        return g.value();
    }
}
