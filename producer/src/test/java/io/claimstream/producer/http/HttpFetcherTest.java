package io.claimstream.producer.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.testing.LocalHttpServer;
import io.claimstream.producer.testing.LocalHttpServer.Reply;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private final LocalHttpServer server = new LocalHttpServer();
    private final HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults());

    HttpFetcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void identifiesItselfWithTheClaimstreamUserAgent() {
        server.serve("/p", Reply.ok("text/plain", "hi"));

        FetchResult result = fetcher.get(server.url("/p"), "*/*");

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(server.requestsTo("/p").get(0).header("User-Agent"))
                .matches("claimstream/\\S+ \\(\\+https://github.com/claimstream\\)");
    }

    @Test
    void followsRedirectsAndReportsWhereTheyEnded() {
        server.serve("/old", Reply.redirect("/mid")).serve("/mid", Reply.redirect(server.url("/new")))
                .serve("/new", Reply.ok("text/plain", "here"));

        FetchResult.Fetched result = (FetchResult.Fetched) fetcher.get(server.url("/old"), "*/*");

        assertThat(result.finalUrl()).isEqualTo(server.url("/new"));
        assertThat(result.requestedUrl()).isEqualTo(server.url("/old"));
    }

    @Test
    void stopsAfterTheRedirectLimit() {
        server.serve("/loop", Reply.redirect("/loop"));

        FetchResult result = fetcher.get(server.url("/loop"), "*/*");

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(RejectReason.TOO_MANY_REDIRECTS));
        assertThat(server.requestsTo("/loop")).hasSize(FetchPolicy.defaults().maxRedirects() + 1);
    }

    @Test
    void refusesNonHttpSchemesIncludingRedirectsToThem() {
        server.serve("/to-file", Reply.redirect("file:///etc/passwd"));

        assertThat(fetcher.get("file:///etc/passwd", "*/*")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(RejectReason.UNSUPPORTED_SCHEME));
        assertThat(fetcher.get(server.url("/to-file"), "*/*")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(RejectReason.UNSUPPORTED_SCHEME));
    }

    @Test
    void capsTheBodySize() {
        server.serve("/big", Reply.ok("text/plain", "x".repeat(5000)));
        HttpFetcher small = new HttpFetcher(FetchPolicy.defaults().withMaxBodyBytes(1000));

        assertThat(small.get(server.url("/big"), "*/*")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(RejectReason.TOO_LARGE));
    }

    @Test
    void httpErrorsAreFailuresWithStatusBodyAndRetryAfter() {
        server.serve("/busy", new Reply(503, java.util.Map.of("Retry-After", "120"), "try later".getBytes()));

        FetchResult.Failed failed = (FetchResult.Failed) fetcher.get(server.url("/busy"), "*/*");

        assertThat(failed.reason()).isEqualTo(RejectReason.HTTP_STATUS);
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.body()).asString().isEqualTo("try later");
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void sendsValidatorsAndRecognisesNotModified() {
        server.route("/feed", r -> "\"v1\"".equals(r.header("If-None-Match")) ? Reply.status(304)
                : Reply.ok("application/rss+xml", "<rss/>").withHeader("ETag", "\"v1\""));

        FetchResult.Fetched first = (FetchResult.Fetched) fetcher.get(server.url("/feed"), "*/*");
        FetchResult second = fetcher.get(server.url("/feed"), "*/*", first.validators());

        assertThat(first.validators().etag()).isEqualTo("\"v1\"");
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void aRefusedConnectionIsAFetchFailure() {
        String url = server.url("/gone");
        server.close();

        assertThat(fetcher.get(url, "*/*")).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(RejectReason.FETCH_FAILED));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        server.route("/hang", r -> {
            try {
                release.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.status(200);
        });
        HttpFetcher impatient = new HttpFetcher(new FetchPolicy(Duration.ofSeconds(1), Duration.ofMillis(200), 1000, 5));

        FetchResult result = impatient.get(server.url("/hang"), "*/*");
        release.countDown();

        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(RejectReason.FETCH_FAILED);
            assertThat(f.message()).contains("timed out");
        });
    }
}
