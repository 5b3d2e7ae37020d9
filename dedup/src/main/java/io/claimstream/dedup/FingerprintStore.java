package io.claimstream.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Article id -> its fingerprint and canonical. An entry may have expired by the time a candidate points to it. */
public interface FingerprintStore {

    Optional<StoredFingerprint> get(String articleId);

    /**
     * {@link #get} of each id, in order. The decider fetches all the candidates it judges at once, so a store may
     * overlap the lookups (the in-memory one lets their cache misses overlap).
     */
    default List<Optional<StoredFingerprint>> getAll(List<String> articleIds) {
        List<Optional<StoredFingerprint>> out = new ArrayList<>(articleIds.size());
        for (String id : articleIds) {
            out.add(get(id));
        }
        return out;
    }

    void put(String articleId, StoredFingerprint entry, Instant eventTime);
}
