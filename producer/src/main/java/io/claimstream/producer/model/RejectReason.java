package io.claimstream.producer.model;

/**
 * Machine-readable reason codes for rejected input. They end up in {@code DeadLetter.reason}, in the one-line error
 * and in the run summary, so they are part of the producer's contract: add codes, never rename them.
 */
public enum RejectReason {
    EMPTY_TEXT("empty-text"),
    INVALID_UTF8("invalid-utf8"),
    BINARY_CONTENT("binary-content"),
    TOO_LARGE("too-large"),
    MALFORMED_JSON("malformed-json"),
    NOT_A_FEED("not-a-feed"),
    NO_EXTRACTABLE_TEXT("no-extractable-text"),
    HTTP_STATUS("http-status"),
    FETCH_FAILED("fetch-failed"),
    TOO_MANY_REDIRECTS("too-many-redirects"),
    UNSUPPORTED_SCHEME("unsupported-scheme"),
    UNREADABLE("unreadable");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
