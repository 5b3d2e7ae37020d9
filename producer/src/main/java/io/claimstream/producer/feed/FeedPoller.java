package io.claimstream.producer.feed;

import io.claimstream.producer.http.FetchResult;
import io.claimstream.producer.http.HttpFetcher;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.producer.source.FeedParser;
import io.claimstream.schema.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One poll of one feed: conditional GET with the remembered validators, parse, hand on only items not seen before,
 * then remember them. State is saved only once {@code deliveredAll} confirms the hand-off reached Kafka, so a crash
 * or a failed send means the items come again next time rather than being lost.
 */
public final class FeedPoller {

    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";

    private final HttpFetcher fetcher;
    private final FeedStateStore store;

    public FeedPoller(HttpFetcher fetcher, FeedStateStore store) {
        this.fetcher = fetcher;
        this.store = store;
    }

    /**
     * @param reportFailure whether a failed fetch becomes a rejection (the follower reports only the first failure
     *                      of a streak, so a feed that is down for a day does not flood the dead-letter topic)
     */
    public PollOutcome poll(String feedUrl, Consumer<SourceRecord> out, BooleanSupplier deliveredAll,
                            boolean reportFailure) {
        FeedState state = store.load(feedUrl);
        FetchResult result = fetcher.get(feedUrl, ACCEPT, state.validators());
        if (result instanceof FetchResult.NotModified) {
            return new PollOutcome(PollOutcome.Kind.NOT_MODIFIED, 0, 0, null);
        }
        if (result instanceof FetchResult.Failed f) {
            if (reportFailure) {
                out.accept(SourceRecord.rejected(new Rejection(f.reason(), f.errorClass(), f.message(), feedUrl,
                        Origin.FEED, f.body())));
            }
            return new PollOutcome(PollOutcome.Kind.FAILED, 0, 0, f.retryAfter());
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        FeedParser.Parse parse = FeedParser.parse(fetched.body(), feedUrl);
        if (parse instanceof FeedParser.NotAFeed notAFeed) {
            if (reportFailure) {
                out.accept(SourceRecord.rejected(notAFeed.rejection()));
            }
            return new PollOutcome(PollOutcome.Kind.FAILED, 0, 0, null);
        }
        List<String> handedOn = new ArrayList<>();
        int alreadySeen = 0;
        for (FeedParser.FeedItem item : ((FeedParser.Items) parse).items()) {
            if (state.hasSeen(item.itemKey()) || handedOn.contains(item.itemKey())) {
                alreadySeen++;
                continue;
            }
            out.accept(item.record());
            handedOn.add(item.itemKey());
        }
        if (deliveredAll.getAsBoolean()) {
            store.save(state.remember(handedOn).withValidators(fetched.validators()));
        }
        return new PollOutcome(PollOutcome.Kind.FETCHED, handedOn.size(), alreadySeen, null);
    }
}
