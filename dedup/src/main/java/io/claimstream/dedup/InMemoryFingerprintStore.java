package io.claimstream.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps entries serialised, as a state store would, so memory figures are realistic. Not thread-safe. */
public final class InMemoryFingerprintStore implements FingerprintStore {

    private final Map<String, byte[]> entries = new HashMap<>();
    /** Sink for the warming loads of {@link #getAll}. */
    private int touched;

    @Override
    public Optional<StoredFingerprint> get(String articleId) {
        byte[] bytes = entries.get(articleId);
        return bytes == null ? Optional.empty() : Optional.of(StoredFingerprint.fromBytes(bytes));
    }

    /** All map lookups first, then a byte of each entry, in tight loops whose misses overlap; then the decoding. */
    @Override
    public List<Optional<StoredFingerprint>> getAll(List<String> articleIds) {
        byte[][] found = new byte[articleIds.size()][];
        for (int i = 0; i < found.length; i++) {
            found[i] = entries.get(articleIds.get(i));
        }
        int sum = 0;
        for (byte[] bytes : found) {
            sum += bytes == null ? 0 : bytes[bytes.length - 1];
        }
        touched += sum;
        List<Optional<StoredFingerprint>> out = new ArrayList<>(found.length);
        for (byte[] bytes : found) {
            out.add(bytes == null ? Optional.empty() : Optional.of(StoredFingerprint.fromBytes(bytes)));
        }
        return out;
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
