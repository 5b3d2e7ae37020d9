package io.claimstream.streams.topology;

import io.claimstream.schema.Article;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.FingerprintedArticle;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.streams.metrics.PipelineMetrics;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The sequential dedup decision. All articles pass through this one task in one order, so "earlier" is well defined,
 * the first-seen member of a story is its canonical piece, and replaying the same input yields the same notices.
 * State lives in window stores: what is older than the retention expires with its segment.
 */
final class DedupProcessor implements Processor<String, FingerprintedArticle, String, DedupOutcome> {

    static final String INDEX_STORE = "dedup-index";
    static final String FINGERPRINT_STORE = "dedup-fingerprints";
    static final String PIECE_STORE = "dedup-pieces";

    private final DedupStage stage;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, DedupOutcome> context;
    private WindowStore<String, String> index;
    private WindowStore<String, byte[]> fingerprints;
    private WindowStore<String, UniqueArticle> pieces;
    private DedupStage.Decider decider;
    private long recordTime;

    DedupProcessor(DedupStage stage, PipelineMetrics metrics) {
        this.stage = stage;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.index = context.getStateStore(INDEX_STORE);
        this.fingerprints = context.getStateStore(FINGERPRINT_STORE);
        this.pieces = context.getStateStore(PIECE_STORE);
        this.decider = stage.decider(new StoreIndex());
    }

    @Override
    public void process(Record<String, FingerprintedArticle> record) {
        recordTime = record.timestamp();
        Article article = record.value().getArticle();
        byte[] fingerprint = bytes(record.value().getFingerprint());
        if (new StoreIndex().fingerprintOf(article.getId()) != null) {
            // The same article published again (a re-run of the producer): already decided, nothing new to say.
            metrics.redelivered();
            return;
        }
        DedupStage.Decision decision = decider.decide(article, fingerprint);
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
                    .setDetectedAt(Instant.ofEpochMilli(record.timestamp()))
                    .build();
            KeyValue<Long, UniqueArticle> canonical = latestPiece(dup.canonicalId());
            if (canonical != null) {
                notice.setCanonicalSourceDomain(canonical.value.getArticle().getSourceDomain());
            }
            metrics.duplicate(dup.kind().name());
            context.forward(record.withKey(article.getId()).withValue(new DedupOutcome.Notice(notice)));
            if (canonical != null) {
                UniqueArticle updated = withCopy(canonical.value, article);
                pieces.put(dup.canonicalId(), updated, canonical.key);
                context.forward(record.withKey(dup.canonicalId()).withValue(new DedupOutcome.Piece(updated)));
            }
        } else {
            UniqueArticle piece = UniqueArticle.newBuilder().setArticle(article).setCopyCount(0)
                    .setCopyIds(List.of()).setCopySources(List.of()).build();
            pieces.put(article.getId(), piece, record.timestamp());
            metrics.unique();
            context.forward(record.withKey(article.getId()).withValue(new DedupOutcome.Piece(piece)));
        }
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

    /** The stage's view of this task's stores, stamped with the current record's time. */
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
