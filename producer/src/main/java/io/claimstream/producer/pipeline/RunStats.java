package io.claimstream.producer.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Counters for one run; read by the progress display and the summary. Single-threaded by design (the pipeline). */
public final class RunStats {

    private final Clock clock;
    private final Instant startedAt;
    private long published;
    private long bytes;
    private long alreadySeen;
    private final Map<String, Long> rejectedByReason = new TreeMap<>();

    public RunStats(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void countPublished(long inputBytes) {
        published++;
        bytes += inputBytes;
    }

    void countRejected(String reason, long inputBytes) {
        rejectedByReason.merge(reason, 1L, Long::sum);
        bytes += inputBytes;
    }

    public void countAlreadySeen(long items) {
        alreadySeen += items;
    }

    public long published() {
        return published;
    }

    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> rejectedByReason() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
    }

    public long bytes() {
        return bytes;
    }

    public long alreadySeen() {
        return alreadySeen;
    }

    public Duration elapsed() {
        return Duration.between(startedAt, clock.instant());
    }

    public double articlesPerSecond() {
        double seconds = Math.max(elapsed().toNanos() / 1e9, 1e-3);
        return (published + rejected()) / seconds;
    }

    public double megabytesPerSecond() {
        double seconds = Math.max(elapsed().toNanos() / 1e9, 1e-3);
        return bytes / 1e6 / seconds;
    }
}
