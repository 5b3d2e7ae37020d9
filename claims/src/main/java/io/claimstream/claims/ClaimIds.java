package io.claimstream.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic claim ids: the same article, sentence and (actor, action, counterparty) give the same id. */
final class ClaimIds {

    private ClaimIds() {}

    static String of(String articleId, int start, int end, String actorId, String action, String counterpartyId) {
        String key = String.join("|", articleId, Integer.toString(start), Integer.toString(end), actorId, action,
                counterpartyId == null ? "-" : counterpartyId);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
