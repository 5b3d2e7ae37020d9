package io.claimstream.producer.pipeline;

import java.util.Locale;
import java.util.stream.Collectors;

/** The end-of-run report and the exit status it implies. */
public record RunSummary(long published, long rejected, java.util.Map<String, Long> rejectedByReason, long bytes,
                         long alreadySeen, double seconds, double articlesPerSecond, double megabytesPerSecond,
                         long deliveryFailures, String firstDeliveryError, boolean dryRun) {

    /** Every input published (or, dry run, valid). */
    public static final int OK = 0;
    /** Fatal: Kafka did not take records, or the run could not start. */
    public static final int FATAL = 1;
    /** Finished, but some inputs were rejected (see the dead-letter topic). */
    public static final int SOME_REJECTED = 2;

    public static RunSummary of(RunStats stats, ArticleSink sink, boolean dryRun) {
        return new RunSummary(stats.published(), stats.rejected(), stats.rejectedByReason(), stats.bytes(),
                stats.alreadySeen(), stats.elapsed().toNanos() / 1e9, stats.articlesPerSecond(),
                stats.megabytesPerSecond(), sink.deliveryFailures(), sink.firstDeliveryError(), dryRun);
    }

    public int exitCode() {
        if (deliveryFailures > 0) {
            return FATAL;
        }
        return rejected > 0 ? SOME_REJECTED : OK;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        // "published" means acknowledged by Kafka: records sent but not delivered are counted as failures, not both.
        long delivered = Math.max(0, published - deliveryFailures);
        out.append(dryRun ? "dry run (nothing published): " : "").append(dryRun ? published : delivered)
                .append(dryRun ? " valid" : " published").append(", ").append(rejected).append(" rejected");
        if (!rejectedByReason.isEmpty()) {
            out.append(rejectedByReason.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        if (alreadySeen > 0) {
            out.append(", ").append(alreadySeen).append(" feed items already published before");
        }
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "read %s in %.2f s: %.1f articles/s, %.2f MB/s", humanBytes(bytes),
                seconds, articlesPerSecond, megabytesPerSecond));
        if (deliveryFailures > 0) {
            out.append(System.lineSeparator()).append("FAILED: ").append(deliveryFailures)
                    .append(" records not delivered to Kafka; first error: ").append(firstDeliveryError);
        }
        return out.toString();
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
