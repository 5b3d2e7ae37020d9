package io.claimstream.bench.run;

/** Throughput of one measured phase: {@code records} articles of {@code bytes} in {@code seconds}. */
record PhaseResult(String name, long records, long bytes, double seconds) {

    double articlesPerSecond() {
        return seconds <= 0 ? 0 : records / seconds;
    }

    double megabytesPerSecond() {
        return seconds <= 0 ? 0 : bytes / seconds / 1_000_000.0;
    }
}
