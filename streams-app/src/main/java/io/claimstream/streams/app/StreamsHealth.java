package io.claimstream.streams.app;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Liveness and readiness derived from the Kafka Streams state: ready only while RUNNING; no longer live once the
 * client reached ERROR, or stopped after an unrecoverable failure.
 */
public final class StreamsHealth implements KafkaStreams.StateListener {

    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state.set(newState);
    }

    public void fatalError(Throwable error) {
        fatal.compareAndSet(null, error);
    }

    public KafkaStreams.State state() {
        return state.get();
    }

    public boolean ready() {
        return state.get() == KafkaStreams.State.RUNNING;
    }

    public boolean live() {
        KafkaStreams.State s = state.get();
        return fatal.get() == null && s != KafkaStreams.State.ERROR && s != KafkaStreams.State.PENDING_ERROR;
    }

    public Throwable fatalError() {
        return fatal.get();
    }
}
