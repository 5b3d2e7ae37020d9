package io.claimstream.ops.lag;

import java.time.Duration;

/** Short, sortable-by-eye durations for tables: {@code 850ms}, {@code 42s}, {@code 3m07s}, {@code 2h05m}, {@code 3d04h}. */
public final class HumanDuration {

    private HumanDuration() {
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + "ms";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3_600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return String.format("%dh%02dm", s / 3_600, (s % 3_600) / 60);
        }
        return String.format("%dd%02dh", s / 86_400, (s % 86_400) / 3_600);
    }
}
