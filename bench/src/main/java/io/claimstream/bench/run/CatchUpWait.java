package io.claimstream.bench.run;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Waits until a streams app has processed its input: first its committed offsets on the input topic reach the end
 * (cheap, and drives the progress lines), then {@code downstreamDone} confirms the later sub-topologies are through too.
 */
final class CatchUpWait {

    private final BenchClients clients;

    CatchUpWait(BenchClients clients) {
        this.clients = clients;
    }

    /** @return seconds from {@code startNanos} until caught up */
    double await(String applicationId, String inputTopic, long inputEnd, long inputBefore, BooleanSupplier downstreamDone,
                 Supplier<KafkaStreams.State> state, long startNanos, Duration timeout, Progress progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean inputDone = false;
        while (System.nanoTime() < deadline) {
            KafkaStreams.State s = state.get();
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING || s == KafkaStreams.State.PENDING_ERROR) {
                throw new IllegalStateException(applicationId + " stopped (" + s + ") before catching up; see its log");
            }
            if (!inputDone) {
                long committed = clients.committedSum(applicationId, inputTopic);
                progress.update(Math.max(0, committed - inputBefore), inputEnd - inputBefore);
                inputDone = committed >= inputEnd;
            }
            if (inputDone && downstreamDone.getAsBoolean()) {
                return (System.nanoTime() - startNanos) / 1e9;
            }
            pause();
        }
        throw new IllegalStateException(applicationId + " did not catch up within " + timeout);
    }

    private static void pause() {
        try {
            Thread.sleep(100); // polling a remote system: there is nothing to wait on locally
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
