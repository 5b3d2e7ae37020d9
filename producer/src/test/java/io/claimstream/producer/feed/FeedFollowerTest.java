package io.claimstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.http.FetchPolicy;
import io.claimstream.producer.http.HttpFetcher;
import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.producer.testing.FeedFixtures;
import io.claimstream.producer.testing.LocalHttpServer;
import io.claimstream.producer.testing.LocalHttpServer.Reply;
import io.claimstream.producer.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFollowerTest {

    private static final String ETAG = "\"feed-v1\"";

    @TempDir
    Path stateDir;

    private final LocalHttpServer server = new LocalHttpServer();
    private final HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults());
    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper fakeSleeper = d -> {
        sleeps.add(d);
        clock.advance(d);
    };
    private final List<SourceRecord> received = new ArrayList<>();

    FeedFollowerTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Serves the given feed body with an ETag, answering 304 to a matching If-None-Match. */
    private void serveWithEtag(String path, AtomicReference<String> body, AtomicReference<String> etag) {
        server.route(path, r -> etag.get().equals(r.header("If-None-Match")) ? Reply.status(304)
                : Reply.ok("application/rss+xml", body.get()).withHeader("ETag", etag.get()));
    }

    private FeedPoller poller() {
        return new FeedPoller(fetcher, FeedStateStore.in(stateDir));
    }

    private List<String> publishedIds() {
        return received.stream().filter(r -> r instanceof SourceRecord.Parsed)
                .map(r -> ((SourceRecord.Parsed) r).draft()).map(ArticleDraft::id).toList();
    }

    @Test
    void aSecondPollSendsTheEtagAndPublishesNothingWhenTheServerSays304() {
        serveWithEtag("/rss", new AtomicReference<>(FeedFixtures.rss(FeedFixtures.item("g1", "One", null))),
                new AtomicReference<>(ETAG));

        PollOutcome first = poller().poll(server.url("/rss"), received::add, () -> true, true);
        PollOutcome second = poller().poll(server.url("/rss"), received::add, () -> true, true);

        assertThat(first.kind()).isEqualTo(PollOutcome.Kind.FETCHED);
        assertThat(second.kind()).isEqualTo(PollOutcome.Kind.NOT_MODIFIED);
        assertThat(publishedIds()).containsExactly("g1");
        assertThat(server.requestsTo("/rss").get(1).header("If-None-Match")).isEqualTo(ETAG);
    }

    @Test
    void lastModifiedIsSentBackAsIfModifiedSince() {
        server.route("/lm", r -> r.header("If-Modified-Since") != null ? Reply.status(304)
                : Reply.ok("application/rss+xml", FeedFixtures.rss(FeedFixtures.item("g1", "One", null)))
                        .withHeader("Last-Modified", "Wed, 19 Mar 2025 10:15:30 GMT"));

        poller().poll(server.url("/lm"), received::add, () -> true, true);
        PollOutcome second = poller().poll(server.url("/lm"), received::add, () -> true, true);

        assertThat(second.kind()).isEqualTo(PollOutcome.Kind.NOT_MODIFIED);
        assertThat(server.requestsTo("/lm").get(1).header("If-Modified-Since")).isEqualTo("Wed, 19 Mar 2025 10:15:30 GMT");
    }

    @Test
    void aChangedFeedPublishesOnlyItsNewItems() {
        AtomicReference<String> body = new AtomicReference<>(FeedFixtures.rss(FeedFixtures.item("g1", "One", null)));
        AtomicReference<String> etag = new AtomicReference<>(ETAG);
        serveWithEtag("/rss", body, etag);
        poller().poll(server.url("/rss"), received::add, () -> true, true);

        body.set(FeedFixtures.rss(FeedFixtures.item("g2", "Two", null), FeedFixtures.item("g1", "One", null)));
        etag.set("\"feed-v2\"");
        PollOutcome second = poller().poll(server.url("/rss"), received::add, () -> true, true);

        assertThat(publishedIds()).containsExactly("g1", "g2");
        assertThat(second.newItems()).isEqualTo(1);
        assertThat(second.alreadySeen()).isEqualTo(1);
    }

    @Test
    void afterARestartTheStateFileStopsRepublishingEvenWithoutValidators() {
        // No ETag/Last-Modified: only the remembered item ids prevent re-publishing.
        server.serve("/plain", Reply.ok("application/rss+xml",
                FeedFixtures.rss(FeedFixtures.item("g1", "One", null), FeedFixtures.item("g2", "Two", null))));
        poller().poll(server.url("/plain"), received::add, () -> true, true);
        assertThat(Files.exists(FeedStateStore.in(stateDir).fileFor(server.url("/plain")))).isTrue();

        FeedPoller afterRestart = new FeedPoller(fetcher, FeedStateStore.in(stateDir));
        PollOutcome outcome = afterRestart.poll(server.url("/plain"), received::add, () -> true, true);

        assertThat(publishedIds()).containsExactly("g1", "g2");
        assertThat(outcome.alreadySeen()).isEqualTo(2);
    }

    @Test
    void itemsAreNotRememberedWhenDeliveryFailed() {
        server.serve("/plain", Reply.ok("application/rss+xml", FeedFixtures.rss(FeedFixtures.item("g1", "One", null))));

        poller().poll(server.url("/plain"), received::add, () -> false, true);
        poller().poll(server.url("/plain"), received::add, () -> true, true);

        assertThat(publishedIds()).containsExactly("g1", "g1");
    }

    @Test
    void aReadOnlyStoreForDryRunsWritesNoState() {
        server.serve("/plain", Reply.ok("application/rss+xml", FeedFixtures.rss(FeedFixtures.item("g1", "One", null))));

        new FeedPoller(fetcher, FeedStateStore.readOnly(stateDir)).poll(server.url("/plain"), received::add, () -> true, true);

        assertThat(stateDir).isEmptyDirectory();
    }

    @Test
    void followPollsOnTheIntervalAndBacksOffOnServerErrors() {
        List<Integer> script = new ArrayList<>(List.of(500, 500, 500, 200, 200));
        server.route("/flaky", r -> {
            int status = script.isEmpty() ? 200 : script.remove(0);
            return status == 200 ? Reply.ok("application/rss+xml", FeedFixtures.rss(FeedFixtures.item("g1", "One", null)))
                    : Reply.status(status);
        });
        FeedFollower follower = new FeedFollower(List.of(server.url("/flaky")), poller(),
                new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5)), clock, fakeSleeper);

        int polls = follower.run(received::add, () -> true, 5, (feed, outcome) -> { });

        assertThat(polls).isEqualTo(5);
        // 3 failures: 2, 4, then capped at 5 minutes; success: back to the 1-minute interval.
        assertThat(sleeps).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(5),
                Duration.ofMinutes(1));
        assertThat(publishedIds()).containsExactly("g1");
        // Only the first failure of the streak is dead-lettered.
        assertThat(received).filteredOn(r -> r instanceof SourceRecord.Rejected).hasSize(1)
                .first().extracting(r -> ((SourceRecord.Rejected) r).rejection().reason())
                .isEqualTo(RejectReason.HTTP_STATUS);
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoff() {
        assertThat(new Backoff(Duration.ofMinutes(1), Duration.ofHours(1)).next(1, Duration.ofMinutes(30)))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(new Backoff(Duration.ofMinutes(1), Duration.ofHours(1)).next(0, null)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aFeedThatIsNotXmlIsRejectedAsNotAFeed() {
        server.serve("/html", Reply.ok("text/html", "<html><body>hello"));

        PollOutcome outcome = poller().poll(server.url("/html"), received::add, () -> true, true);

        assertThat(outcome.failed()).isTrue();
        assertThat(received).singleElement().satisfies(r -> {
            Rejection rejection = ((SourceRecord.Rejected) r).rejection();
            assertThat(rejection.reason()).isEqualTo(RejectReason.NOT_A_FEED);
            assertThat(rejection.source()).isEqualTo(server.url("/html"));
        });
    }

    @Test
    void stateKeepsOnlyTheMostRecentItemIds() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < FeedState.MAX_SEEN + 5; i++) {
            many.add("id-" + i);
        }
        FeedState state = FeedState.empty("u").remember(many);

        assertThat(state.seen()).hasSize(FeedState.MAX_SEEN).startsWith("id-5").endsWith("id-" + (FeedState.MAX_SEEN + 4));
    }
}
