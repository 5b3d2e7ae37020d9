package io.claimstream.streams.topology;

import io.claimstream.schema.Article;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.FingerprintedArticle;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.streams.metrics.PipelineMetrics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The sequential dedup decision. All articles pass through this one task, so "earlier" is well defined. Arrivals first
 * settle (see {@link DedupSettle}): they wait in {@value #PENDING_STORE} and are decided a group at a time in canonical
 * order (earliest published first, then article id), so neither the interleaving of the sequence lanes nor the order
 * within a group changes a decision, and the earliest-published member of a story within a group is its canonical
 * piece. State lives in window stores: what is older than the retention expires with its segment.
 *
 * <p>{@value #SETTLE_STORE} holds one number, the count of waiting articles, written after every change to the waiting
 * set: the last record of its changelog tells anyone reading Kafka ({@code CaughtUp}) whether decisions are still due.
 */
final class DedupProcessor implements Processor<String, FingerprintedArticle, String, DedupOutcome> {

    static final String INDEX_STORE = "dedup-index";
    static final String FINGERPRINT_STORE = "dedup-fingerprints";
    static final String PIECE_STORE = "dedup-pieces";
    static final String PENDING_STORE = "dedup-pending";
    static final String SETTLE_STORE = "dedup-settle";
    static final String PENDING_COUNT_KEY = "pending";

    /** Published time first (unknown counts as latest: it cannot claim to be earlier), then article id. */
    static final Comparator<Article> CANONICAL_ORDER = Comparator
            .comparing((Article a) -> a.getPublishedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::getId);

    private final DedupStage stage;
    private final DedupSettle settle;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DedupOutcome> context;
    private WindowStore<String, String> index;
    private WindowStore<String, byte[]> fingerprints;
    private WindowStore<String, UniqueArticle> pieces;
    private KeyValueStore<String, FingerprintedArticle> pending;
    private KeyValueStore<String, Long> settleState;
    private DedupStage.Decider decider;
    private long recordTime;
    private long pendingCount;
    private long lastArrivalWallMs;
    private long scannedBoundary = Long.MIN_VALUE;
    private long lastGroupTime;

    DedupProcessor(DedupStage stage, DedupSettle settle, PipelineMetrics metrics) {
        this.stage = stage;
        this.settle = settle;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.index = context.getStateStore(INDEX_STORE);
        this.fingerprints = context.getStateStore(FINGERPRINT_STORE);
        this.pieces = context.getStateStore(PIECE_STORE);
        this.pending = context.getStateStore(PENDING_STORE);
        this.settleState = context.getStateStore(SETTLE_STORE);
        this.decider = stage.decider(new StoreIndex());
        Long stored = settleState.get(PENDING_COUNT_KEY);
        this.pendingCount = stored == null ? 0 : stored;
        this.lastArrivalWallMs = context.currentSystemTimeMs();
        long every = Math.max(10, settle.idle().toMillis() / 5);
        context.schedule(Duration.ofMillis(every), PunctuationType.WALL_CLOCK_TIME, this::decideIfQuiet);
    }

    @Override
    public void process(Record<String, FingerprintedArticle> record) {
        Article article = record.value().getArticle();
        if (alreadyDecided(article.getId())) {
            // The same article published again (a re-run of the producer): already decided, nothing new to say.
            metrics.redelivered();
            return;
        }
        pending.put(pendingKey(record.timestamp(), article.getId()), record.value());
        setPendingCount(pendingCount + 1);
        lastArrivalWallMs = context.currentSystemTimeMs();
        if (settle.windowed()) {
            long boundary = closedBefore(context.currentStreamTimeMs());
            if (boundary > scannedBoundary) {
                scannedBoundary = boundary;
                decideWaiting(boundary);
            }
        }
    }

    /** Record timestamps before this belong to windows that stream time has passed by the grace. */
    private long closedBefore(long streamTime) {
        long window = settle.window().toMillis();
        return Math.floorDiv(streamTime - settle.grace().toMillis(), window) * window;
    }

    private void decideIfQuiet(long wallClockMs) {
        if (pendingCount > 0 && wallClockMs - lastArrivalWallMs >= settle.idle().toMillis()) {
            decideWaiting(Long.MAX_VALUE);
        }
    }

    /** Decides every waiting article with a record timestamp before {@code boundary}, as one group. */
    private void decideWaiting(long boundary) {
        List<Waiting> group = new ArrayList<>();
        try (KeyValueIterator<String, FingerprintedArticle> it = pending.all()) {
            while (it.hasNext()) {
                KeyValue<String, FingerprintedArticle> entry = it.next();
                long timestamp = timestampOf(entry.key);
                if (timestamp >= boundary) {
                    break; // keys sort by timestamp
                }
                group.add(new Waiting(entry.key, timestamp, entry.value));
            }
        }
        if (group.isEmpty()) {
            return;
        }
        group.sort(Comparator.comparing((Waiting w) -> w.article().getArticle(), CANONICAL_ORDER)
                .thenComparing(Waiting::key));
        // One time for the whole group, so that the index's newest-first order within it is the decision order and
        // not the order in which the producer's clock happened to stamp the records.
        long groupTime = lastGroupTime;
        for (Waiting w : group) {
            groupTime = Math.max(groupTime, w.timestamp());
        }
        lastGroupTime = groupTime;
        for (Waiting w : group) {
            pending.delete(w.key());
            if (alreadyDecided(w.article().getArticle().getId())) {
                metrics.redelivered();
                continue;
            }
            decide(w.article(), groupTime);
        }
        setPendingCount(pendingCount - group.size());
    }

    private void decide(FingerprintedArticle value, long timestamp) {
        recordTime = timestamp;
        Article article = value.getArticle();
        DedupStage.Decision decision = decider.decide(article, bytes(value.getFingerprint()));
        if (decision instanceof DedupStage.Decision.Duplicate dup) {
            DuplicateNotice notice = DuplicateNotice.newBuilder()
                    .setArticleId(article.getId())
                    .setCanonicalArticleId(dup.canonicalId())
                    .setKind(dup.kind())
                    .setSimilarity(dup.similarity())
                    .setEvidence(dup.evidence())
                    .setSourceDomain(article.getSourceDomain())
                    .setCanonicalSourceDomain(null)
                    .setPublishedAt(article.getPublishedAt())
                    .setDetectedAt(article.getIngestedAt())
                    .build();
            KeyValue<Long, UniqueArticle> canonical = latestPiece(dup.canonicalId());
            if (canonical != null) {
                notice.setCanonicalSourceDomain(canonical.value.getArticle().getSourceDomain());
                // Event time, not the wall clock: the copy is detectable once both articles are in, and a replay of the
                // same events stamps the same instant.
                notice.setDetectedAt(latest(article.getIngestedAt(), canonical.value.getArticle().getIngestedAt()));
            }
            metrics.duplicate(dup.kind().name());
            context.forward(new Record<>(article.getId(), (DedupOutcome) new DedupOutcome.Notice(notice), timestamp));
            if (canonical != null) {
                UniqueArticle updated = withCopy(canonical.value, article);
                pieces.put(dup.canonicalId(), updated, canonical.key);
                context.forward(new Record<>(dup.canonicalId(), (DedupOutcome) new DedupOutcome.Piece(updated), timestamp));
            }
        } else {
            UniqueArticle piece = UniqueArticle.newBuilder().setArticle(article).setCopyCount(0)
                    .setCopyIds(List.of()).setCopySources(List.of()).build();
            pieces.put(article.getId(), piece, timestamp);
            metrics.unique();
            context.forward(new Record<>(article.getId(), (DedupOutcome) new DedupOutcome.Piece(piece), timestamp));
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    private boolean alreadyDecided(String articleId) {
        return WindowStores.newest(fingerprints, articleId) != null;
    }

    private void setPendingCount(long count) {
        pendingCount = count;
        settleState.put(PENDING_COUNT_KEY, count);
    }

    /** Timestamp first, zero-padded, so that the store's key order is arrival-time order. */
    static String pendingKey(long timestamp, String articleId) {
        return String.format(Locale.ROOT, "%019d|%s", Math.max(0, timestamp), articleId);
    }

    private static long timestampOf(String pendingKey) {
        return Long.parseLong(pendingKey.substring(0, 19));
    }

    private record Waiting(String key, long timestamp, FingerprintedArticle article) {
    }

    private static UniqueArticle withCopy(UniqueArticle piece, Article copy) {
        List<String> ids = new ArrayList<>(piece.getCopyIds());
        ids.add(copy.getId());
        List<String> sources = new ArrayList<>(piece.getCopySources());
        if (copy.getSourceDomain() != null && !sources.contains(copy.getSourceDomain())) {
            sources.add(copy.getSourceDomain());
        }
        return UniqueArticle.newBuilder(piece).setCopyCount(piece.getCopyCount() + 1).setCopyIds(ids).setCopySources(sources).build();
    }

    private KeyValue<Long, UniqueArticle> latestPiece(String id) {
        return WindowStores.newestEntry(pieces, id);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    /** The stage's view of this task's stores, stamped with the time of the group being decided. */
    private final class StoreIndex implements DedupStage.DedupIndex {

        @Override
        public List<String> idsFor(String key, int limit) {
            List<String> ids = new ArrayList<>();
            try (WindowStoreIterator<String> it = index.backwardFetch(key, 0L, Long.MAX_VALUE)) {
                while (it.hasNext() && ids.size() < limit) {
                    ids.add(it.next().value);
                }
            }
            return ids;
        }

        @Override
        public void file(String key, String articleId) {
            index.put(key, articleId, recordTime);
        }

        @Override
        public byte[] fingerprintOf(String articleId) {
            return WindowStores.newest(fingerprints, articleId);
        }

        @Override
        public void storeFingerprint(String articleId, byte[] fingerprint) {
            fingerprints.put(articleId, fingerprint, recordTime);
        }
    }
}
