package io.claimstream.producer.pipeline;

import io.claimstream.producer.model.Rejection;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Rejection to DeadLetter (stage INGEST). The original bytes are kept, cut at {@link #MAX_VALUE_BYTES} so a reject
 * of an oversized input still fits in a Kafka record; the {@code headers} map then says so and gives the real size.
 */
public final class DeadLetters {

    public static final int MAX_VALUE_BYTES = 256 * 1024;

    private final Clock clock;

    public DeadLetters(Clock clock) {
        this.clock = clock;
    }

    public DeadLetter of(Rejection rejection) {
        Map<String, String> headers = new HashMap<>();
        if (rejection.origin() != null) {
            headers.put("origin", rejection.origin().name());
        }
        ByteBuffer value = null;
        byte[] original = rejection.originalBytes();
        if (original != null) {
            int kept = Math.min(original.length, MAX_VALUE_BYTES);
            if (kept < original.length) {
                headers.put("valueTruncated", "true");
                headers.put("originalSize", Integer.toString(original.length));
            }
            value = ByteBuffer.wrap(original, 0, kept).slice();
        }
        return DeadLetter.newBuilder()
                .setStage(DeadLetterStage.INGEST)
                .setReason(rejection.reason().code())
                .setErrorClass(rejection.errorClass())
                .setErrorMessage(rejection.errorMessage())
                .setSource(rejection.source())
                .setValue(value)
                .setHeaders(headers)
                .setFailedAt(clock.instant())
                .build();
    }
}
