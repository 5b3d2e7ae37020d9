package io.claimstream.producer.http;

import io.claimstream.producer.model.RejectReason;
import java.time.Duration;

/** What one fetch gave: a body, "not modified", or a failure with a reason code. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /** The URL asked for (before redirects): what error lines and dead letters name. */
    String requestedUrl();

    /** A 2xx response. {@code finalUrl} is where redirects ended. */
    record Fetched(String requestedUrl, String finalUrl, int status, String contentType, byte[] body,
                   Validators validators) implements FetchResult {
    }

    /** 304: nothing changed since the validators we sent. */
    record NotModified(String requestedUrl, Validators validators) implements FetchResult {
    }

    /**
     * The fetch failed. {@code status} is 0 when no response arrived; {@code body} holds whatever the server sent
     * (an error page) so it can be dead-lettered; {@code retryAfter} is the server's Retry-After, when it gave one.
     */
    record Failed(String requestedUrl, RejectReason reason, String message, int status, byte[] body,
                  Duration retryAfter, String errorClass) implements FetchResult {
    }
}
