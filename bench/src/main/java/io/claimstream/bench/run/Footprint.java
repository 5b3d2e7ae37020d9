package io.claimstream.bench.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Memory and disk of the streams app, which runs in this JVM: heap from the MemoryMXBean, resident set from
 * /proc/self/status (heap + RocksDB native memory + everything else this JVM holds), state stores from the state dir.
 */
final class Footprint implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-footprint-sampler");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakRss = new AtomicLong();

    /** Starts sampling heap used and RSS twice a second. */
    Footprint start() {
        sampler.scheduleAtFixedRate(() -> {
            peakHeap.accumulateAndGet(heapUsed(), Math::max);
            peakRss.accumulateAndGet(rssBytes(), Math::max);
        }, 0, 500, TimeUnit.MILLISECONDS);
        return this;
    }

    long peakHeap() {
        return peakHeap.get();
    }

    long peakRss() {
        return peakRss.get();
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Live heap: what is left after full collections (a few, since one may not reach everything). */
    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return heapUsed();
    }

    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /** VmRSS of this process, or -1 where /proc is not available. */
    static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Bytes of all regular files under {@code dir} (what {@code du -sb} reports). */
    static long directoryBytes(Path dir) {
        return directoryBytes(dir, "");
    }

    /**
     * Bytes of the RocksDB data files (*.sst) under {@code dir}: the part that grows with the data, without each
     * store's fixed LOG, MANIFEST and OPTIONS files, which dominate small runs.
     */
    static long sstBytes(Path dir) {
        return directoryBytes(dir, ".sst");
    }

    private static long directoryBytes(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a RocksDB file compacted away while we walked
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
