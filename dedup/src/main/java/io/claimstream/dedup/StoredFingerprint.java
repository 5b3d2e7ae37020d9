package io.claimstream.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the decider keeps per article: the fingerprint and, for a duplicate, the root canonical it was linked to, so a
 * copy of a copy points at the first-seen piece without walking a chain.
 *
 * @param canonicalId null when the article is itself an original
 */
public record StoredFingerprint(Fingerprint fingerprint, String canonicalId) {

    private static final byte FORMAT_VERSION = 1;

    public StoredFingerprint {
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The canonical of this article: its root when it is a duplicate, otherwise its own id. */
    public String rootOr(String ownId) {
        return canonicalId == null ? ownId : canonicalId;
    }

    public byte[] toBytes() {
        byte[] fp = fingerprint.toBytes();
        byte[] canonical = canonicalId == null ? new byte[0] : canonicalId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + 4 + canonical.length + fp.length)
                .put(FORMAT_VERSION).putInt(canonicalId == null ? -1 : canonical.length).put(canonical).put(fp)
                .array();
    }

    public static StoredFingerprint fromBytes(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        byte version = in.get();
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported stored fingerprint format version " + version);
        }
        int canonicalLength = in.getInt();
        String canonical = null;
        if (canonicalLength >= 0) {
            byte[] c = new byte[canonicalLength];
            in.get(c);
            canonical = new String(c, StandardCharsets.UTF_8);
        }
        // Read in place: this runs for every candidate judged, and a copy of the ~0.9 KB tail is pure overhead.
        return new StoredFingerprint(Fingerprint.fromBytes(data, in.position(), data.length - in.position()),
                canonical);
    }
}
