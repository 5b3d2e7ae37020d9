package io.claimstream.bench.run;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes prepared records, stamping each with the wall-clock time it is handed to the producer (its publish time). */
final class Publisher {

    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    Publisher(KafkaProducer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /** As fast as the producer takes them; returns once all are acknowledged. */
    PhaseResult burst(String phase, String topic, List<PreparedRecord> records, long count, Progress progress) {
        long bytes = 0;
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            PreparedRecord r = records.get((int) (i % records.size()));
            send(topic, r);
            bytes += r.bytes();
            progress.update(i + 1, count);
        }
        producer.flush();
        double secs = (System.nanoTime() - start) / 1e9;
        throwIfFailed();
        return new PhaseResult(phase, count, bytes, secs);
    }

    /** At a fixed rate (articles per second), flushing nothing early: linger and batching apply as in production. */
    long paced(String topic, List<PreparedRecord> records, double perSecond, Progress progress) {
        long start = System.nanoTime();
        double intervalNanos = 1e9 / perSecond;
        for (int i = 0; i < records.size(); i++) {
            long due = start + (long) (i * intervalNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(topic, records.get(i));
            progress.update(i + 1, records.size());
        }
        producer.flush();
        throwIfFailed();
        return records.size();
    }

    private void send(String topic, PreparedRecord r) {
        producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), r.key(), r.value()), (md, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    private void throwIfFailed() {
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed: " + failure.get().getMessage(), failure.get());
        }
    }
}
