package io.claimstream.dedup.bench;

import io.claimstream.dedup.Decision;
import io.claimstream.dedup.Deduplicator;
import io.claimstream.dedup.Fingerprint;
import io.claimstream.dedup.FingerprintExtractor;
import io.claimstream.dedup.InMemoryCandidateIndex;
import io.claimstream.dedup.FingerprintStore;
import io.claimstream.dedup.InMemoryFingerprintStore;
import io.claimstream.dedup.OrdinalCandidateIndex;
import io.claimstream.dedup.StoredFingerprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Per-article cost of {@link Deduplicator#decide} against 10k, 100k and 1M articles of history, on synthetic news.
 * Extraction runs upstream in production, so it is done outside the timed section. Run with a large heap, e.g.
 * {@code java -Xmx8g -cp ... io.claimstream.dedup.bench.DedupScalingBench [maxHistory]}.
 */
public final class DedupScalingBench {

    private static final int PROBES = 2_000;
    /** The machine is shared: the best of a few rounds is the least disturbed figure. */
    private static final int ROUNDS = 3;
    private static final int BATCH = 4_096;

    public static void main(String[] args) {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int[] checkpoints = Arrays.stream(new int[] {10_000, 100_000, 1_000_000}).filter(c -> c <= max).toArray();

        SyntheticNews news = new SyntheticNews(42);
        FingerprintExtractor extractor = new FingerprintExtractor();
        InMemoryFingerprintStore store = new InMemoryFingerprintStore();
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        CountingIndex countingIndex = new CountingIndex(index);
        CountingStore countingStore = new CountingStore(store);
        Deduplicator deduplicator = new Deduplicator(countingIndex, countingStore);

        System.out.printf(Locale.ROOT, "%10s %10s %10s %10s %12s %10s %10s %10s %10s%n", "history", "mean_us",
                "p50_us", "p99_us", "candidates", "judged", "dup_share", "store_MB", "heap_MB");
        int seen = 0;
        int[] id = {0};
        for (int checkpoint : checkpoints) {
            while (seen < checkpoint) {
                int n = Math.min(BATCH, checkpoint - seen);
                for (Fingerprint fp : extractBatch(news, extractor, n, id[0])) {
                    deduplicator.decide("a" + id[0], fp);
                    id[0]++;
                }
                seen += n;
            }
            double bestMean = Double.MAX_VALUE;
            long[] bestNanos = null;
            int duplicates = 0;
            countingIndex.reset();
            countingStore.reset();
            for (int round = 0; round < ROUNDS; round++) {
                List<Fingerprint> probes = extractBatch(news, extractor, PROBES, id[0]);
                long[] nanos = new long[PROBES];
                for (int i = 0; i < PROBES; i++) {
                    long start = System.nanoTime();
                    Decision d = deduplicator.decide("a" + id[0], probes.get(i));
                    nanos[i] = System.nanoTime() - start;
                    id[0]++;
                    duplicates += d instanceof Decision.Duplicate ? 1 : 0;
                }
                seen += PROBES;
                double mean = Arrays.stream(nanos).average().orElse(0);
                if (mean < bestMean) {
                    bestMean = mean;
                    bestNanos = nanos;
                }
            }
            Arrays.sort(bestNanos);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            int decided = PROBES * ROUNDS;
            System.out.printf(Locale.ROOT, "%10d %10.1f %10.1f %10.1f %12.0f %10.1f %10.3f %10.1f %10d%n", checkpoint,
                    bestMean / 1000.0, bestNanos[PROBES / 2] / 1000.0, bestNanos[PROBES * 99 / 100] / 1000.0,
                    (double) countingIndex.returned / decided, (double) countingStore.gets / decided,
                    (double) duplicates / decided, store.storedBytes() / 1e6, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
        System.out.printf(Locale.ROOT, "index keys=%d, stored fingerprints=%d, mean stored bytes=%.0f%n",
                index.keyCount(), store.size(), (double) store.storedBytes() / Math.max(1, store.size()));
    }

    /**
     * Counts candidate ids handed to the decider: the work that must stay flat as history grows. Passes the ordinal
     * path through, as the decider would use it on the bare in-memory index.
     */
    private static final class CountingIndex implements OrdinalCandidateIndex {
        private final OrdinalCandidateIndex delegate;
        long returned;

        CountingIndex(OrdinalCandidateIndex delegate) {
            this.delegate = delegate;
        }

        @Override
        public int[] ordinals(String key) {
            int[] ordinals = delegate.ordinals(key);
            returned += ordinals.length;
            return ordinals;
        }

        @Override
        public int[][] ordinals(List<String> keys) {
            int[][] ordinals = delegate.ordinals(keys);
            for (int[] o : ordinals) {
                returned += o.length;
            }
            return ordinals;
        }

        @Override
        public String id(int ordinal) {
            return delegate.id(ordinal);
        }

        @Override
        public int ordinal(String id) {
            return delegate.ordinal(id);
        }

        @Override
        public long orderKey(int ordinal) {
            return delegate.orderKey(ordinal);
        }

        @Override
        public List<String> candidates(List<String> keys) {
            List<String> ids = delegate.candidates(keys);
            returned += ids.size();
            return ids;
        }

        @Override
        public void add(List<String> keys, String articleId, Instant eventTime) {
            delegate.add(keys, articleId, eventTime);
        }

        void reset() {
            returned = 0;
        }
    }

    /** Counts fingerprint fetches, i.e. candidates judged. */
    private static final class CountingStore implements FingerprintStore {
        private final FingerprintStore delegate;
        long gets;

        CountingStore(FingerprintStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<StoredFingerprint> get(String articleId) {
            gets++;
            return delegate.get(articleId);
        }

        @Override
        public List<Optional<StoredFingerprint>> getAll(List<String> articleIds) {
            gets += articleIds.size();
            return delegate.getAll(articleIds);
        }

        @Override
        public void put(String articleId, StoredFingerprint entry, Instant eventTime) {
            delegate.put(articleId, entry, eventTime);
        }

        void reset() {
            gets = 0;
        }
    }

    /** Texts come from the sequential generator; fingerprints are extracted in parallel, as upstream tasks would. */
    private static List<Fingerprint> extractBatch(SyntheticNews news, FingerprintExtractor extractor, int n,
                                                  int firstId) {
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(news.next());
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Fingerprint[] out = new Fingerprint[n];
        order.parallelStream().forEach(i -> out[i] = extractor.extract(null, null, "synthetic.test", "en", null,
                Instant.ofEpochSecond(firstId + i), texts.get(i)));
        return Arrays.asList(out);
    }
}
