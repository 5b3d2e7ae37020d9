package io.claimstream.producer.model;

import io.claimstream.schema.Origin;

/**
 * Why one input could not become an article.
 *
 * @param source        where it came from, precise enough to find it again: {@code path:line}, a feed or page URL
 * @param originalBytes the raw input as read (may be null when nothing could be read, e.g. a connection refused)
 */
public record Rejection(RejectReason reason, String errorClass, String errorMessage, String source, Origin origin,
                        byte[] originalBytes) {

    public static Rejection of(RejectReason reason, String message, String source, Origin origin, byte[] original) {
        return new Rejection(reason, "io.claimstream.producer.Rejected", message, source, origin, original);
    }

    public static Rejection of(RejectReason reason, Throwable cause, String source, Origin origin, byte[] original) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Rejection(reason, cause.getClass().getName(), message, source, origin, original);
    }

    /** The one line a person reads: input, reason code, explanation. */
    public String oneLine() {
        return "rejected " + source + ": " + reason.code() + ": " + errorMessage.replaceAll("\\s+", " ").strip();
    }
}
