package io.claimstream.dedup;

import java.time.Instant;
import java.util.Optional;

/** Article id -> its fingerprint and canonical. An entry may have expired by the time a candidate points to it. */
public interface FingerprintStore {

    Optional<StoredFingerprint> get(String articleId);

    void put(String articleId, StoredFingerprint entry, Instant eventTime);
}
