package io.claimstream.streams.errors;

import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Builds {@link DeadLetter} records; one place so every stage reports failures the same way. */
public final class DeadLetters {

    private static final int MAX_STACK_CHARS = 8_000;

    private DeadLetters() {
    }

    public record Origin(String topic, Integer partition, Long offset, byte[] key, byte[] value, Headers headers) {
    }

    public static DeadLetter of(DeadLetterStage stage, String reason, String errorClass, String message,
                                Throwable cause, Origin origin, String appId, Instant failedAt) {
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setReason(reason)
                .setErrorClass(errorClass)
                .setErrorMessage(message == null ? "" : message)
                .setStackTrace(cause == null ? null : stackTrace(cause))
                .setTopic(origin.topic())
                .setPartition(origin.partition())
                .setOffset(origin.offset())
                .setKey(origin.key() == null ? null : ByteBuffer.wrap(origin.key()))
                .setValue(origin.value() == null ? null : ByteBuffer.wrap(origin.value()))
                .setHeaders(headers(origin.headers()))
                .setSource(null)
                .setAppId(appId)
                .setFailedAt(failedAt)
                .build();
    }

    public static DeadLetter ofException(DeadLetterStage stage, Throwable error, Origin origin, String appId, Instant failedAt) {
        return of(stage, ReasonCodes.of(error), error.getClass().getName(), error.getMessage(), error, origin, appId, failedAt);
    }

    static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() <= MAX_STACK_CHARS ? s : s.substring(0, MAX_STACK_CHARS) + "\n\t... (truncated)";
    }

    private static Map<String, String> headers(Headers headers) {
        Map<String, String> m = new LinkedHashMap<>();
        if (headers != null) {
            for (Header h : headers) {
                m.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return m;
    }
}
