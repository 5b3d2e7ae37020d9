package io.claimstream.producer.pipeline;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Shows a run's progress: a redrawn bar on a terminal, a line every few seconds in a log, or nothing. */
public interface ProgressReporter {

    void update(RunStats stats);

    /** Clears or ends the progress display before the summary is printed. */
    void finish(RunStats stats);

    static ProgressReporter none() {
        return new ProgressReporter() {
            @Override
            public void update(RunStats stats) {
            }

            @Override
            public void finish(RunStats stats) {
            }
        };
    }

    /** A bar for an interactive terminal (System.console() != null), else periodic lines. */
    static ProgressReporter forOutput(PrintWriter out, Clock clock, boolean interactive, long totalBytes) {
        return interactive ? new TerminalProgressBar(out, clock, totalBytes)
                : new ProgressLines(out, clock, Duration.ofSeconds(10));
    }

    static String counts(RunStats stats) {
        return String.format(Locale.ROOT, "%d published, %d rejected, %.1f articles/s, %.2f MB/s",
                stats.published(), stats.rejected(), stats.articlesPerSecond(), stats.megabytesPerSecond());
    }

    /** Redraws one line with '\r' at most ten times a second; shows a percentage when the input size is known. */
    final class TerminalProgressBar implements ProgressReporter {
        private static final int WIDTH = 30;
        private final PrintWriter out;
        private final Clock clock;
        private final long totalBytes;
        private Instant lastDrawn = Instant.EPOCH;
        private boolean drawn;

        TerminalProgressBar(PrintWriter out, Clock clock, long totalBytes) {
            this.out = out;
            this.clock = clock;
            this.totalBytes = totalBytes;
        }

        @Override
        public void update(RunStats stats) {
            Instant now = clock.instant();
            if (Duration.between(lastDrawn, now).toMillis() < 100) {
                return;
            }
            lastDrawn = now;
            out.print("\r" + render(stats));
            out.flush();
            drawn = true;
        }

        String render(RunStats stats) {
            if (totalBytes <= 0) {
                return "[running] " + counts(stats);
            }
            double fraction = Math.min(1.0, stats.bytes() / (double) totalBytes);
            int filled = (int) Math.round(fraction * WIDTH);
            return String.format(Locale.ROOT, "[%s%s] %3d%% %s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    Math.round(fraction * 100), counts(stats));
        }

        @Override
        public void finish(RunStats stats) {
            if (drawn) {
                out.print("\r" + render(stats) + System.lineSeparator());
                out.flush();
            }
        }
    }

    /** One line per period, for logs and pipes where a redrawn bar would be noise. */
    final class ProgressLines implements ProgressReporter {
        private final PrintWriter out;
        private final Clock clock;
        private final Duration every;
        private Instant lastLine;

        ProgressLines(PrintWriter out, Clock clock, Duration every) {
            this.out = out;
            this.clock = clock;
            this.every = every;
            this.lastLine = clock.instant();
        }

        @Override
        public void update(RunStats stats) {
            Instant now = clock.instant();
            if (Duration.between(lastLine, now).compareTo(every) >= 0) {
                lastLine = now;
                out.println("progress: " + counts(stats));
            }
        }

        @Override
        public void finish(RunStats stats) {
        }
    }
}
