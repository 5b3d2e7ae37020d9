package io.claimstream.producer.http;

import io.claimstream.producer.ProducerVersion;
import io.claimstream.producer.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * GETs one URL safely: http(s) only (checked again on every redirect hop), timeouts, a body cap, redirects counted
 * by hand, a User-Agent that says who we are, and conditional GET when validators are given.
 */
public final class HttpFetcher {

    private final HttpClient client;
    private final FetchPolicy policy;

    public HttpFetcher(FetchPolicy policy) {
        this.policy = policy;
        // Redirects are followed here, not by the client, so each target's scheme is checked and hops are counted.
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchPolicy policy() {
        return policy;
    }

    public FetchResult get(String url, String accept) {
        return get(url, accept, Validators.NONE);
    }

    public FetchResult get(String url, String accept, Validators validators) {
        URI current;
        try {
            current = checkedUri(url);
        } catch (URISyntaxException e) {
            return failed(url, RejectReason.UNSUPPORTED_SCHEME, e.getMessage(), 0, null, null, e.getClass().getName());
        }
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response;
            try {
                response = client.send(request(current, accept, validators), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                return failed(url, RejectReason.FETCH_FAILED, "timed out fetching " + current, 0, null, null,
                        e.getClass().getName());
            } catch (IOException e) {
                return failed(url, RejectReason.FETCH_FAILED, describe(e) + " fetching " + current, 0, null, null,
                        e.getClass().getName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(url, RejectReason.FETCH_FAILED, "interrupted", 0, null, null, e.getClass().getName());
            }
            int status = response.statusCode();
            if (isRedirect(status)) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return failed(url, RejectReason.HTTP_STATUS, "HTTP " + status + " without Location", status, null,
                            null, null);
                }
                if (hop >= policy.maxRedirects()) {
                    return failed(url, RejectReason.TOO_MANY_REDIRECTS,
                            "more than " + policy.maxRedirects() + " redirects (last to " + location + ")", status,
                            null, null, null);
                }
                try {
                    current = checkedUri(current.resolve(location.strip()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return failed(url, RejectReason.UNSUPPORTED_SCHEME, "redirect to " + location + ": "
                            + e.getMessage(), status, null, null, e.getClass().getName());
                }
                continue;
            }
            if (status == 304) {
                closeQuietly(response.body());
                return new FetchResult.NotModified(url, validators);
            }
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, policy.maxBodyBytes() + 1));
            } catch (IOException e) {
                return failed(url, RejectReason.FETCH_FAILED, describe(e) + " reading " + current, status, null,
                        null, e.getClass().getName());
            }
            if (body.length > policy.maxBodyBytes()) {
                return failed(url, RejectReason.TOO_LARGE, "response body over the cap of "
                        + policy.maxBodyBytes() + " bytes", status, java.util.Arrays.copyOf(body, 64 * 1024), null, null);
            }
            if (status < 200 || status > 299) {
                return failed(url, RejectReason.HTTP_STATUS, "HTTP " + status + " from " + current, status, body,
                        retryAfter(response), null);
            }
            Validators fresh = new Validators(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            return new FetchResult.Fetched(url, current.toString(), status,
                    response.headers().firstValue("Content-Type").orElse(null), body, fresh);
        }
    }

    private HttpRequest request(URI uri, String accept, Validators validators) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(policy.requestTimeout())
                .header("User-Agent", ProducerVersion.userAgent())
                .header("Accept", accept)
                .GET();
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        return builder.build();
    }

    static URI checkedUri(String url) throws URISyntaxException {
        URI uri = new URI(url == null ? "" : url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new URISyntaxException(url, "only http and https URLs are fetched, not '" + scheme + "'");
        }
        if (uri.getHost() == null) {
            throw new URISyntaxException(url, "no host");
        }
        return uri;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
    }

    private static FetchResult.Failed failed(String url, RejectReason reason, String message, int status, byte[] body,
                                             Duration retryAfter, String errorClass) {
        return new FetchResult.Failed(url, reason, message, status, body, retryAfter,
                errorClass == null ? "io.claimstream.producer.http.HttpFailure" : errorClass);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }
}
