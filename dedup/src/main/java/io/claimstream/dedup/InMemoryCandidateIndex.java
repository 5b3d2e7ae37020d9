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
 *
 * <p>Layout: the decider looks up 80 keys per article at random in a table of a million keys, so the cost is cache
 * misses, one per object a lookup goes through (a hash map node, the key string, its bytes, a bucket, its array). Here
 * a lookup goes through two: a slot of an open-addressing table of longs, then one record in a pool of ints holding
 * the key's ring of ordinals followed by the key's characters, which the lookup compares in place.
 */
public final class InMemoryCandidateIndex implements OrdinalCandidateIndex {

    public static final int DEFAULT_BUCKET_CAPACITY = 16;

    private static final int CHUNK_BITS = 20;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int OFFSET_BITS = 40;

    private final int bucketCapacity;
    /** Slot: 0 = free, else (top 24 bits of the key's hash) << 40 | the key's record offset in the pool. */
    private long[] table = new long[1 << 10];
    private int keyCount;
    /**
     * Records, never spanning a chunk: [key length, key chars 2 per int, size, next, ring of bucketCapacity ordinals].
     * The key comes first: a lookup compares it, then reads the ring's head, most often in the same cache line.
     */
    private final List<int[]> chunks = new ArrayList<>();
    /** Next free offset; 0 is never a record, so a table slot of 0 is free. */
    private long poolEnd = 1;
    private static final int RECENT_MASK = 255;
    private final String[] recentKeys = new String[RECENT_MASK + 1];
    private final long[] recentRecords = new long[RECENT_MASK + 1];
    private final Map<String, Integer> ordinals = new HashMap<>();
    /** Sink for the warming loads of {@link #ordinals(List)}. */
    private int touched;
    private final List<String> ids = new ArrayList<>();
    /** By ordinal: adjacent for recent articles, where a busy topic's candidates are. */
    private long[] orderKeys = new long[1024];

    public InMemoryCandidateIndex() {
        this(DEFAULT_BUCKET_CAPACITY);
    }

    public InMemoryCandidateIndex(int bucketCapacity) {
        this.bucketCapacity = bucketCapacity;
        chunks.add(new int[CHUNK_SIZE]);
    }

    @Override
    public List<String> candidates(List<String> keys) {
        List<String> out = new ArrayList<>(keys.size() * bucketCapacity);
        for (String key : keys) {
            for (int ordinal : ordinals(key)) {
                out.add(ids.get(ordinal));
            }
        }
        return out;
    }

    @Override
    public int[] ordinals(String key) {
        long record = find(key);
        remember(key, record);
        return record < 0 ? new int[0] : newestFirst(record);
    }

    /**
     * Touches every key's first table slot, then every record those point to, in two tight loops of independent loads
     * whose misses overlap; the lookups proper then find their lines in cache. The loaded values only feed
     * {@link #touched}, so the compiler cannot drop the loads.
     */
    @Override
    public int[][] ordinals(List<String> keys) {
        int n = keys.size();
        long[] entries = new long[n];
        int mask = table.length - 1;
        for (int k = 0; k < n; k++) {
            entries[k] = table[slot(keys.get(k).hashCode(), mask)];
        }
        int sum = 0;
        for (int k = 0; k < n; k++) {
            if (entries[k] != 0) {
                long record = entries[k] & (1L << OFFSET_BITS) - 1;
                sum += chunk(record)[position(record)];
            }
        }
        touched += sum;
        return OrdinalCandidateIndex.super.ordinals(keys);
    }

    @Override
    public String id(int ordinal) {
        return ids.get(ordinal);
    }

    @Override
    public long orderKey(int ordinal) {
        return orderKeys[ordinal];
    }

    @Override
    public int ordinal(String id) {
        Integer ordinal = ordinals.get(id);
        return ordinal == null ? -1 : ordinal;
    }

    @Override
    public void add(List<String> keys, String articleId, Instant eventTime) {
        int ordinal = ordinals.computeIfAbsent(articleId, id -> {
            if (ids.size() == orderKeys.length) {
                orderKeys = Arrays.copyOf(orderKeys, orderKeys.length * 2);
            }
            orderKeys[ids.size()] = OrdinalCandidateIndex.orderKeyOf(id);
            ids.add(id);
            return ids.size() - 1;
        });
        for (String key : keys) {
            long record = recalled(key);
            push(record >= 0 ? record : insert(key), ordinal);
        }
    }

    public int keyCount() {
        return keyCount;
    }

    /**
     * The decider looks up an article's keys, then adds the article under the same key objects: remembering the
     * records found by key identity spares the second lookup's cache misses. Identity makes it exact; a key not found
     * is not remembered (it may be inserted in between).
     */
    private void remember(String key, long record) {
        if (record >= 0) {
            int slot = key.hashCode() & RECENT_MASK;
            recentKeys[slot] = key;
            recentRecords[slot] = record;
        }
    }

    private long recalled(String key) {
        int slot = key.hashCode() & RECENT_MASK;
        return recentKeys[slot] == key ? recentRecords[slot] : find(key);
    }

    /** The record offset of {@code key}, or -1. */
    private long find(String key) {
        int hash = key.hashCode();
        int mask = table.length - 1;
        for (int i = slot(hash, mask); table[i] != 0; i = (i + 1) & mask) {
            long entry = table[i];
            if (entry >>> OFFSET_BITS == hash >>> 8 && keyEquals(entry & (1L << OFFSET_BITS) - 1, key)) {
                return entry & (1L << OFFSET_BITS) - 1;
            }
        }
        return -1;
    }

    private static int slot(int hash, int mask) {
        return (hash * 0x9E3779B9 >>> 7) & mask;
    }

    private boolean keyEquals(long record, String key) {
        int[] chunk = chunk(record);
        int at = position(record);
        if (chunk[at] != key.length()) {
            return false;
        }
        for (int c = 0; c < key.length(); c++) {
            int packed = chunk[at + 1 + (c >> 1)];
            char stored = (char) ((c & 1) == 0 ? packed >>> 16 : packed & 0xFFFF);
            if (stored != key.charAt(c)) {
                return false;
            }
        }
        return true;
    }

    private long insert(String key) {
        int length = 3 + bucketCapacity + (key.length() + 1) / 2;
        if (length > CHUNK_SIZE) {
            throw new IllegalArgumentException("index key of " + key.length() + " characters");
        }
        boolean fits = poolEnd >>> CHUNK_BITS == chunks.size() - 1 && position(poolEnd) + length <= CHUNK_SIZE;
        if (!fits) {
            chunks.add(new int[CHUNK_SIZE]);
            poolEnd = (long) (chunks.size() - 1) << CHUNK_BITS;
        }
        long record = poolEnd;
        poolEnd += length;
        int[] chunk = chunk(record);
        int at = position(record);
        chunk[at] = key.length();
        for (int c = 0; c < key.length(); c++) {
            chunk[at + 1 + (c >> 1)] |= (c & 1) == 0 ? key.charAt(c) << 16 : key.charAt(c);
        }
        if (++keyCount * 2 > table.length) {
            rehash(table.length * 2);
        }
        place(key.hashCode(), record);
        return record;
    }

    private void place(int hash, long record) {
        int mask = table.length - 1;
        int i = slot(hash, mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = (long) (hash >>> 8) << OFFSET_BITS | record;
    }

    private void rehash(int capacity) {
        long[] old = table;
        table = new long[capacity];
        for (long entry : old) {
            if (entry != 0) {
                long record = entry & (1L << OFFSET_BITS) - 1;
                place(storedKey(record).hashCode(), record);
            }
        }
    }

    private String storedKey(long record) {
        int[] chunk = chunk(record);
        int at = position(record);
        char[] key = new char[chunk[at]];
        for (int c = 0; c < key.length; c++) {
            int packed = chunk[at + 1 + (c >> 1)];
            key[c] = (char) ((c & 1) == 0 ? packed >>> 16 : packed & 0xFFFF);
        }
        return new String(key);
    }

    /** Ring of the newest {@code bucketCapacity} ordinals: [size, next, slots...]. */
    private void push(long record, int ordinal) {
        int[] chunk = chunk(record);
        int at = ringAt(chunk, record);
        chunk[at + 2 + chunk[at + 1]] = ordinal;
        chunk[at + 1] = (chunk[at + 1] + 1) % bucketCapacity;
        chunk[at] = Math.min(chunk[at] + 1, bucketCapacity);
    }

    private int[] newestFirst(long record) {
        int[] chunk = chunk(record);
        int at = ringAt(chunk, record);
        int size = chunk[at];
        int next = chunk[at + 1];
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            int i = next - 1 - k;
            out[k] = chunk[at + 2 + (i < 0 ? i + bucketCapacity : i)];
        }
        return out;
    }

    private static int ringAt(int[] chunk, long record) {
        int at = position(record);
        return at + 1 + (chunk[at] + 1) / 2;
    }

    private int[] chunk(long record) {
        return chunks.get((int) (record >>> CHUNK_BITS));
    }

    private static int position(long record) {
        return (int) (record & CHUNK_SIZE - 1);
    }
}
