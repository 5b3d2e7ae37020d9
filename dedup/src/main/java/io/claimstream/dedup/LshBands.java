package io.claimstream.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate-lookup keys of a fingerprint. Paraphrases share few word shingles, so bands are single MinHash components
 * over content words (one key per component): two articles sharing k of 64 keys have an estimated word Jaccard of k/64,
 * and a rewrite with Jaccard 0.15 still shares ~10 keys. Exact keys (canonical URL, content hash) use their own prefixes
 * so one index serves both lookups. A second, smaller signature over names and numbers finds translations, whose
 * words differ but whose names and figures do not.
 */
public final class LshBands {

    private LshBands() {
    }

    public static List<String> of(Fingerprint fp) {
        List<String> keys = new ArrayList<>(
                FingerprintExtractor.MIN_HASH_COMPONENTS + FingerprintExtractor.ENTITY_MIN_HASH_COMPONENTS);
        for (int i = 0; i < FingerprintExtractor.MIN_HASH_COMPONENTS; i++) {
            keys.add("m" + i + ":" + Long.toHexString(FingerprintExtractor.MIN_HASH.getComponent(fp.minHash(), i)));
        }
        for (int i = 0; i < FingerprintExtractor.ENTITY_MIN_HASH_COMPONENTS; i++) {
            keys.add("e" + i + ":" + Long.toHexString(
                    FingerprintExtractor.ENTITY_MIN_HASH.getComponent(fp.entityMinHash(), i)));
        }
        return keys;
    }

    /** Keys under which an exact copy is found: same canonical URL, same content hash. */
    public static List<String> exactKeys(Fingerprint fp) {
        List<String> keys = new ArrayList<>(2);
        if (fp.canonicalUrl() != null) {
            keys.add("u:" + fp.canonicalUrl());
        }
        if (fp.contentHash() != null) {
            keys.add("h:" + fp.contentHash());
        }
        return keys;
    }

    /** Keys of the content-word signature, as opposed to the names-and-numbers one. */
    public static boolean isWordKey(String key) {
        return key.startsWith("m");
    }

    public static boolean isExactKey(String key) {
        return key.startsWith("u:") || key.startsWith("h:");
    }
}
