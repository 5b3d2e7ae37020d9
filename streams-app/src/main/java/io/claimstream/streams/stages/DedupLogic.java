package io.claimstream.streams.stages;

import io.claimstream.dedup.CandidateIndex;
import io.claimstream.dedup.Deduplicator;
import io.claimstream.dedup.Fingerprint;
import io.claimstream.dedup.FingerprintExtractor;
import io.claimstream.dedup.FingerprintStore;
import io.claimstream.dedup.StoredFingerprint;
import io.claimstream.schema.Article;
import io.claimstream.streams.topology.DedupStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dedup module behind the topology's {@link DedupStage} port, its storage mapped onto the task's window stores. */
public final class DedupLogic implements DedupStage {

    private final FingerprintExtractor extractor;
    private final int idsPerKey;

    /** {@code idsPerKey}: how many of the newest articles under one index key are considered. */
    public DedupLogic(FingerprintExtractor extractor, int idsPerKey) {
        this.extractor = extractor;
        this.idsPerKey = idsPerKey;
    }

    @Override
    public byte[] fingerprint(Article article) {
        return extractor.extract(article).toBytes();
    }

    @Override
    public Decider decider(DedupIndex index) {
        Deduplicator deduplicator = new Deduplicator(new Candidates(index, idsPerKey), new Fingerprints(index));
        // Inside this class "Decision" is the port's type; the dedup module's is spelled out.
        return (article, fingerprint) -> {
            io.claimstream.dedup.Decision decision = deduplicator.decide(article.getId(), Fingerprint.fromBytes(fingerprint));
            if (decision instanceof io.claimstream.dedup.Decision.Duplicate d) {
                return new Decision.Duplicate(d.canonicalId(), d.verdict().kind(), d.verdict().similarity(), d.verdict().evidence());
            }
            return new Decision.Unique();
        };
    }

    private record Candidates(DedupIndex index, int idsPerKey) implements CandidateIndex {
        @Override
        public List<String> candidates(List<String> keys) {
            List<String> ids = new ArrayList<>();
            for (String key : keys) {
                ids.addAll(index.idsFor(key, idsPerKey));
            }
            return ids;
        }

        @Override
        public void add(List<String> keys, String articleId, Instant eventTime) {
            for (String key : keys) {
                index.file(key, articleId);
            }
        }
    }

    private record Fingerprints(DedupIndex index) implements FingerprintStore {
        @Override
        public Optional<StoredFingerprint> get(String articleId) {
            return Optional.ofNullable(index.fingerprintOf(articleId)).map(StoredFingerprint::fromBytes);
        }

        @Override
        public void put(String articleId, StoredFingerprint entry, Instant eventTime) {
            index.storeFingerprint(articleId, entry.toBytes());
        }
    }
}
