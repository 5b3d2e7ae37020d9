package io.claimstream.bench.run;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines on stderr, at most one per interval per phase, so a run shows it is alive without flooding. */
final class Progress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;
    private final PrintStream out;
    private final String phase;
    private final long started = System.nanoTime();
    private long lastPrinted = System.nanoTime();

    Progress(PrintStream out, String phase) {
        this.out = out;
        this.phase = phase;
    }

    void update(long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS) {
            lastPrinted = now;
            double secs = (now - started) / 1e9;
            out.printf(Locale.ROOT, "  [%s] %,d / %,d articles (%.0f/s, %.0f s)%n", phase, done, total, done / secs, secs);
        }
    }

    void note(String message) {
        out.printf(Locale.ROOT, "  [%s] %s%n", phase, message);
    }
}
