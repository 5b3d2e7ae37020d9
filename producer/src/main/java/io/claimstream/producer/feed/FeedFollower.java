package io.claimstream.producer.feed;

import io.claimstream.producer.model.SourceRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@code --follow}: polls every feed on its own schedule until stopped (or for a fixed number of polls). A feed that
 * fails backs off on its own; the others keep their interval.
 */
public final class FeedFollower {

    private final List<String> feeds;
    private final FeedPoller poller;
    private final Backoff backoff;
    private final Clock clock;
    private final Sleeper sleeper;
    private volatile boolean stopped;

    public FeedFollower(List<String> feeds, FeedPoller poller, Backoff backoff, Clock clock, Sleeper sleeper) {
        this.feeds = List.copyOf(feeds);
        this.poller = poller;
        this.backoff = backoff;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public void stop() {
        stopped = true;
    }

    /**
     * Runs until {@link #stop()}, an interrupt, or {@code maxPolls} feed polls in total (0 = unlimited).
     *
     * @param afterPoll called after each poll (progress, flushing): the follower itself does no output
     * @return the number of feed polls made
     */
    public int run(Consumer<SourceRecord> out, BooleanSupplier deliveredAll, int maxPolls,
                   java.util.function.BiConsumer<String, PollOutcome> afterPoll) {
        Map<String, Instant> due = new LinkedHashMap<>();
        Map<String, Integer> failures = new HashMap<>();
        Instant start = clock.instant();
        feeds.forEach(f -> due.put(f, start));
        int polls = 0;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            for (String feed : feeds) {
                if (stopped || maxPolls > 0 && polls >= maxPolls) {
                    return polls;
                }
                if (clock.instant().isBefore(due.get(feed))) {
                    continue;
                }
                int streak = failures.getOrDefault(feed, 0);
                PollOutcome outcome = poller.poll(feed, out, deliveredAll, streak == 0);
                polls++;
                streak = outcome.failed() ? streak + 1 : 0;
                failures.put(feed, streak);
                due.put(feed, clock.instant().plus(backoff.next(streak, outcome.retryAfter())));
                afterPoll.accept(feed, outcome);
            }
            if (maxPolls > 0 && polls >= maxPolls) {
                return polls;
            }
            Instant next = due.values().stream().min(Instant::compareTo).orElseThrow();
            Duration wait = Duration.between(clock.instant(), next);
            try {
                sleeper.sleep(wait.isNegative() ? Duration.ZERO : wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return polls;
    }
}
