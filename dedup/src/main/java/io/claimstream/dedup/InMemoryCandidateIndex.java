package io.claimstream.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bucketed index keeping only the newest {@code bucketCapacity} ids per key (default 16): a key every article of a busy topic
 * shares stays bounded, so lookup cost does not grow with history. Ids are interned as ints to keep a million articles
 * small. Not thread-safe (the decider is sequential).
 */
public final class InMemoryCandidateIndex implements OrdinalCandidateIndex {

    public static final int DEFAULT_BUCKET_CAPACITY = 16;

    private final int bucketCapacity;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    public InMemoryCandidateIndex() {
        this(DEFAULT_BUCKET_CAPACITY);
    }

    public InMemoryCandidateIndex(int bucketCapacity) {
        this.bucketCapacity = bucketCapacity;
    }

    @Override
    public List<String> candidates(List<String> keys) {
        // The decider asks one key at a time, 80 times per article: no lambda, no regrowth.
        List<String> out = new ArrayList<>(keys.size() * bucketCapacity);
        for (String key : keys) {
            Bucket bucket = buckets.get(key);
            if (bucket != null) {
                bucket.addNewestFirst(ids, out);
            }
        }
        return out;
    }

    @Override
    public int[] ordinals(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? new int[0] : bucket.newestFirst();
    }

    @Override
    public String id(int ordinal) {
        return ids.get(ordinal);
    }

    @Override
    public int ordinal(String id) {
        Integer ordinal = ordinals.get(id);
        return ordinal == null ? -1 : ordinal;
    }

    @Override
    public void add(List<String> keys, String articleId, Instant eventTime) {
        int ordinal = ordinals.computeIfAbsent(articleId, id -> {
            ids.add(id);
            return ids.size() - 1;
        });
        for (String key : keys) {
            buckets.computeIfAbsent(key, k -> new Bucket()).add(ordinal, bucketCapacity);
        }
    }

    public int keyCount() {
        return buckets.size();
    }

    /** Ring buffer of ordinals that grows up to the capacity. */
    private static final class Bucket {
        private int[] slots = new int[2];
        private int size;
        private int next;

        void add(int ordinal, int capacity) {
            if (size < capacity && size == slots.length) {
                slots = Arrays.copyOf(slots, Math.min(capacity, slots.length * 2));
                next = size;
            }
            slots[next] = ordinal;
            next = (next + 1) % slots.length;
            size = Math.min(size + 1, slots.length);
        }

        void addNewestFirst(List<String> ids, List<String> out) {
            for (int ordinal : newestFirst()) {
                out.add(ids.get(ordinal));
            }
        }

        int[] newestFirst() {
            int[] out = new int[size];
            for (int k = 0; k < size; k++) {
                int i = next - 1 - k;
                out[k] = slots[i < 0 ? i + slots.length : i];
            }
            return out;
        }
    }
}
