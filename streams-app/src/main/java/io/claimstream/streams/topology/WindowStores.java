package io.claimstream.streams.topology;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** Reading the window stores this topology uses as "latest value per key, expiring with the retention". */
final class WindowStores {

    private WindowStores() {
    }

    /** The newest entry under {@code key} (time and value): the first of a backward fetch, or null. */
    static <V> KeyValue<Long, V> newestEntry(WindowStore<String, V> store, String key) {
        try (WindowStoreIterator<V> it = store.backwardFetch(key, 0L, Long.MAX_VALUE)) {
            return it.hasNext() ? it.next() : null;
        }
    }

    /** The newest value under {@code key}, or null. */
    static <V> V newest(WindowStore<String, V> store, String key) {
        KeyValue<Long, V> entry = newestEntry(store, key);
        return entry == null ? null : entry.value;
    }
}
