package io.claimstream.producer.feed;

import io.claimstream.producer.http.Validators;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;


/**
 * What we remember about one feed between polls and restarts: the conditional-GET validators and the item keys
 * already published. Only the most recent {@link #MAX_SEEN} keys are kept: feeds carry their last tens of items, so
 * an item that fell that far behind will not reappear.
 */
public record FeedState(String feedUrl, Validators validators, List<String> seen) {

    public static final int MAX_SEEN = 10_000;

    public FeedState {
        seen = List.copyOf(seen);
    }

    public static FeedState empty(String feedUrl) {
        return new FeedState(feedUrl, Validators.NONE, List.of());
    }

    public boolean hasSeen(String itemKey) {
        return seen.contains(itemKey);
    }

    public FeedState withValidators(Validators fresh) {
        return new FeedState(feedUrl, fresh, seen);
    }

    public FeedState remember(Collection<String> itemKeys) {
        LinkedHashSet<String> all = new LinkedHashSet<>(seen);
        for (String key : itemKeys) {
            all.remove(key);
            all.add(key);
        }
        List<String> list = new ArrayList<>(all);
        return new FeedState(feedUrl, validators, list.subList(Math.max(0, list.size() - MAX_SEEN), list.size()));
    }
}
