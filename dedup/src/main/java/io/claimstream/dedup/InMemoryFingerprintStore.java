package io.claimstream.dedup;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps entries serialised, as a state store would, so memory figures are realistic. Not thread-safe. */
public final class InMemoryFingerprintStore implements FingerprintStore {

    private final Map<String, byte[]> entries = new HashMap<>();

    @Override
    public Optional<StoredFingerprint> get(String articleId) {
        byte[] bytes = entries.get(articleId);
        return bytes == null ? Optional.empty() : Optional.of(StoredFingerprint.fromBytes(bytes));
    }

    @Override
    public void put(String articleId, StoredFingerprint entry, Instant eventTime) {
        entries.put(articleId, entry.toBytes());
    }

    /** What a retention window does to an old entry. */
    public void expire(String articleId) {
        entries.remove(articleId);
    }

    public int size() {
        return entries.size();
    }

    public long storedBytes() {
        return entries.values().stream().mapToLong(b -> b.length).sum();
    }
}
