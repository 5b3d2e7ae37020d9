package io.claimstream.bench.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run and their side-by-side table. */
record BenchReport(String corpus, int articles, double duplicateRate, int partitions, int instances, int threads,
                   PhaseResult brokerProduce, PhaseResult brokerConsume, PhaseResult passThrough, PhaseResult full,
                   Latency latency, Memory memory, long stateBytes, long sstBytes, long stateArticles,
                   History history) {

    record Latency(double offeredPerSecond, long published, long samples, long p50, long p99, long max) {
    }

    record Memory(long heapAfterGc, long peakHeap, long rssAfter, long peakRss, long maxHeap) {
    }

    record History(long articles, long heapAfterGc, long rss, double seconds) {
    }

    void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "claimstream bench: %,d articles (%s), duplicate rate %.2f, %d partitions, %d instance(s) x %d stream thread(s)%n",
                articles, corpus, duplicateRate, partitions, instances, threads);
        out.println();
        out.println("| phase | articles | seconds | articles/s | MB/s |");
        out.println("|---|---:|---:|---:|---:|");
        for (PhaseResult r : List.of(brokerProduce, brokerConsume, passThrough, full)) {
            out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.1f |%n", r.name(), r.records(), r.seconds(),
                    r.articlesPerSecond(), r.megabytesPerSecond());
        }
        out.println();
        List<String[]> rows = new ArrayList<>();
        double broker = Math.min(brokerProduce.articlesPerSecond(), brokerConsume.articlesPerSecond());
        rows.add(row("full / pass-through (3/2)", "%.2f x", full.articlesPerSecond() / passThrough.articlesPerSecond()));
        rows.add(row("full / broker limit (3/1)", "%.3f x", full.articlesPerSecond() / broker));
        if (latency != null) {
            rows.add(row("offered load (50 % of full max)", "%,.0f articles/s", latency.offeredPerSecond()));
            rows.add(new String[] {"deal updates measured", String.format(Locale.ROOT, "%,d (from %,d articles)",
                    latency.samples(), latency.published())});
            rows.add(row("publish -> deal update p50", "%,d ms", (double) latency.p50()));
            rows.add(row("publish -> deal update p99", "%,d ms", (double) latency.p99()));
            rows.add(row("publish -> deal update max", "%,d ms", (double) latency.max()));
        }
        rows.add(row("heap used after GC (app JVM)", "%,.0f MB", mb(memory.heapAfterGc())));
        rows.add(row("heap used, peak sample", "%,.0f MB", mb(memory.peakHeap())));
        rows.add(row("RSS after run / peak", "%s", 0, String.format(Locale.ROOT, "%,.0f MB / %,.0f MB",
                mb(memory.rssAfter()), mb(memory.peakRss()))));
        rows.add(row("max heap (-Xmx)", "%,.0f MB", mb(memory.maxHeap())));
        rows.add(row("state dir after close (all instances)", "%s", 0, String.format(Locale.ROOT, "%,.1f MB for %,d articles",
                mb(stateBytes), stateArticles)));
        rows.add(row("of which RocksDB data (*.sst)", "%s", 0, String.format(Locale.ROOT, "%,.1f MB = %,.0f MB per million articles",
                mb(sstBytes), mb(sstBytes) * 1e6 / Math.max(1, stateArticles))));
        if (history != null) {
            rows.add(row("dedup history pre-filled", "%s", 0, String.format(Locale.ROOT, "%,d articles in %.0f s",
                    history.articles(), history.seconds())));
            rows.add(row("heap after GC with that history", "%,.0f MB", mb(history.heapAfterGc())));
            rows.add(row("RSS with that history", "%,.0f MB", mb(history.rss())));
        }
        out.println("| figure | value |");
        out.println("|---|---:|");
        rows.forEach(r -> out.println("| " + r[0] + " | " + r[1] + " |"));
    }

    private static String[] row(String name, String format, double value) {
        return new String[] {name, format.contains("%,d") ? String.format(Locale.ROOT, format, (long) value)
                : String.format(Locale.ROOT, format, value)};
    }

    private static String[] row(String name, String format, int unused, String text) {
        return new String[] {name, text};
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
