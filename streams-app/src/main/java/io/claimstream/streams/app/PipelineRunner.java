package io.claimstream.streams.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import io.claimstream.streams.errors.TransientFailures;
import io.claimstream.streams.metrics.StateStoreMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle of one streams-app instance: handlers installed before start, metrics bound, health tracked, and an exit
 * status that says whether the client died.
 */
public final class PipelineRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);
    /** Stores appear when tasks are assigned, some seconds after start: soon enough on /metrics, cheap to look. */
    private static final Duration STORE_METRICS_REFRESH = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final StreamsHealth health = new StreamsHealth();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final KafkaStreamsMetrics streamsMetrics;
    private final StateStoreMetrics storeMetrics;

    /**
     * @param registry where the Kafka Streams, store and JVM meters go; it should carry
     *                 {@link StateStoreMetrics#excludeFromGenericBinder()} (as {@link StreamsApp}'s does), or the
     *                 generic binder's clashing copies of the store meters come back
     */
    public PipelineRunner(Topology topology, Properties streamsProperties, MeterRegistry registry) {
        this.streams = new KafkaStreams(topology, streamsProperties);
        streams.setStateListener((newState, oldState) -> {
            health.onChange(newState, oldState);
            LOG.info("streams state {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.NOT_RUNNING || newState == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(error -> {
            if (TransientFailures.isTransient(error)) {
                // The registry is unreachable: a new thread retries from the last committed offset. The pause is on the
                // dying thread and keeps a long outage from turning into a tight loop.
                LOG.warn("stream thread failed on a transient registry error; replacing it: {}", error.toString());
                pause(Duration.ofSeconds(2));
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            // Record errors are dead-lettered by the exception handlers; what reaches here is fatal for this client.
            LOG.error("stream thread died; shutting the client down", error);
            health.fatalError(error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        // Store metrics are bound on their own, with one tag set for every store type: see StateStoreMetrics.
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        this.storeMetrics = new StateStoreMetrics(streams::metrics, STORE_METRICS_REFRESH);
        storeMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public StreamsHealth health() {
        return health;
    }

    /** Blocks until the client stops; 0 after a requested shutdown, 1 when it died. */
    public int awaitExit() throws InterruptedException {
        stopped.await();
        return exitStatus();
    }

    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int exitStatus() {
        return health.fatalError() != null || health.state() == KafkaStreams.State.ERROR ? 1 : 0;
    }

    @Override
    public void close() {
        // Leave the group on a clean stop, so the partitions move to the other instances now, not after the session timeout.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        storeMetrics.close();
        streamsMetrics.close();
        stopped.countDown();
    }
}
