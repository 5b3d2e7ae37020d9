package io.claimstream.dedup;

import io.claimstream.schema.DuplicateKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The sequential decider: compares each new article with earlier ones only, in arrival order. Its cost is bounded by
 * {@link #MAX_VERIFIED} judge calls per article whatever the history size, and it is deterministic: the index returns
 * ids in a stable order, ties keep that order, and nothing reads a clock.
 */
public final class Deduplicator {

    /** Fingerprints fetched and judged per article, at most. */
    public static final int MAX_VERIFIED = 32;
    /** Band keys a candidate must share: one shared MinHash component is what any two texts on a topic have. */
    static final int MIN_BAND_HITS = 2;
    /**
     * Of the judged, how many are chosen by the keys they share weighted by rarity (each key gives 1/(ids it holds)):
     * on a busy topic the word keys a rewrite shares with an older original are mostly topic words, whose buckets keep
     * only the newest ids, so the original ranks behind a crowd of recent articles on the same topic by plain estimate
     * although it still shares keys that few others hold.
     */
    static final int RARE_KEY_SLOTS = 8;
    /** Ids the index returns per article at most: 80 band keys of 16 newest ids each (the in-memory default). */
    private static final int MAX_CANDIDATE_IDS = 80 * InMemoryCandidateIndex.DEFAULT_BUCKET_CAPACITY;
    /** Equal scores are broken by id, not by the order the index happened to return them in (see {@link #best}). */
    private static final ToDoubleFunction<Hits> BY_ESTIMATE = h -> h.estimate;
    private static final ToDoubleFunction<Hits> BY_RARITY = h -> h.rarity;

    private final CandidateIndex index;
    private final FingerprintStore store;
    private final DuplicateJudge judge;

    public Deduplicator(CandidateIndex index, FingerprintStore store) {
        this(index, store, new DuplicateJudge());
    }

    public Deduplicator(CandidateIndex index, FingerprintStore store, DuplicateJudge judge) {
        this.index = Objects.requireNonNull(index);
        this.store = Objects.requireNonNull(store);
        this.judge = Objects.requireNonNull(judge);
    }

    public static Deduplicator inMemory() {
        return new Deduplicator(new InMemoryCandidateIndex(), new InMemoryFingerprintStore());
    }

    /** Decides for {@code fp} and records it, so later articles are compared with it. */
    public Decision decide(String articleId, Fingerprint fp) {
        List<String> exactKeys = LshBands.exactKeys(fp);
        List<String> bandKeys = LshBands.of(fp);
        Decision decision = findExact(articleId, exactKeys)
                .or(() -> findNearDuplicate(articleId, fp, bandKeys))
                .orElseGet(() -> new Decision.Unique(articleId));

        List<String> keys = new ArrayList<>(exactKeys.size() + bandKeys.size());
        keys.addAll(exactKeys);
        keys.addAll(bandKeys);
        index.add(keys, articleId, fp.observedAt());
        String canonical = decision instanceof Decision.Duplicate d ? d.canonicalId() : null;
        store.put(articleId, new StoredFingerprint(fp, canonical), fp.observedAt());
        return decision;
    }

    /** Same URL or same normalised text: no fingerprint needed, so this holds even when the earlier one expired. */
    private Optional<Decision> findExact(String articleId, List<String> exactKeys) {
        for (String key : exactKeys) {
            for (String candidate : index.candidates(List.of(key))) {
                if (candidate.equals(articleId)) {
                    continue;
                }
                String evidence = key.startsWith("u:") ? "same-canonical-url" : "same-content-hash";
                Verdict verdict = new Verdict(DuplicateKind.EXACT, 1.0, List.of(evidence));
                String root = store.get(candidate).map(e -> e.rootOr(candidate)).orElse(candidate);
                return Optional.of(new Decision.Duplicate(articleId, root, candidate, verdict));
            }
        }
        return Optional.empty();
    }

    private Optional<Decision> findNearDuplicate(String articleId, Fingerprint fp, List<String> bandKeys) {
        List<String> wordKeys = bandKeys.stream().filter(LshBands::isWordKey).toList();
        List<String> nameKeys = bandKeys.stream().filter(k -> !LshBands.isWordKey(k)).toList();
        List<Hits> eligible = index instanceof OrdinalCandidateIndex ordinals
                ? countHits(articleId, wordKeys, nameKeys, ordinals)
                : countHits(articleId, wordKeys, nameKeys);
        for (Hits h : eligible) {
            h.estimate(wordKeys.size(), nameKeys.size());
        }
        List<String> chosen = choose(best(eligible, BY_ESTIMATE), best(eligible, BY_RARITY));

        Probe probe = new Probe(fp);
        List<Decision.Duplicate> found = new ArrayList<>();
        List<Optional<StoredFingerprint>> fetched = store.getAll(chosen);
        for (int c = 0; c < chosen.size(); c++) {
            String candidate = chosen.get(c);
            Optional<StoredFingerprint> earlier = fetched.get(c);
            if (earlier.isEmpty()) {
                continue; // expired from the store while its index entry lives on
            }
            judge.judge(probe, earlier.get().fingerprint()).ifPresent(verdict ->
                    found.add(new Decision.Duplicate(articleId, earlier.get().rootOr(candidate), candidate, verdict)));
        }
        // Best first; equal similarities keep the ranking's order (estimate, then id).
        found.sort(Comparator.comparingDouble((Decision.Duplicate d) -> d.verdict().similarity()).reversed());
        for (Decision.Duplicate d : found) {
            if (consistentWithRoot(probe, d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Joining a copy's story means joining its root's: a match that reaches the root only through a chain (a copy of a
     * copy) must not contradict the root itself, or one loose link would merge two independent reports through a third.
     * A translation link is the weaker evidence (names and numbers only): when the root is in the new article's own
     * language, the same-language judgment of the two must find a copy.
     */
    private boolean consistentWithRoot(Probe probe, Decision.Duplicate d) {
        if (d.canonicalId().equals(d.matchedId())) {
            return true;
        }
        return store.get(d.canonicalId()).map(StoredFingerprint::fingerprint).map(root ->
                d.verdict().kind() == DuplicateKind.TRANSLATION
                        && root.language().equals(probe.fingerprint().language())
                        ? judge.judge(probe, root).isPresent()
                        : !judge.contradicts(probe, root)).orElse(true);
    }

    /**
     * The first {@code MAX_VERIFIED - RARE_KEY_SLOTS} by estimate, then the best by rare keys not chosen yet, then the
     * rest by estimate, up to {@link #MAX_VERIFIED}: ids in that order.
     */
    private static List<String> choose(List<Hits> byEstimate, List<Hits> byRarity) {
        List<String> chosen = new ArrayList<>(MAX_VERIFIED);
        for (int i = 0; i < byEstimate.size() && chosen.size() < MAX_VERIFIED - RARE_KEY_SLOTS; i++) {
            chosen.add(byEstimate.get(i).choose());
        }
        int rare = 0;
        for (int i = 0; i < byRarity.size() && rare < RARE_KEY_SLOTS; i++) {
            if (!byRarity.get(i).chosen) {
                chosen.add(byRarity.get(i).choose());
                rare++;
            }
        }
        for (int i = 0; i < byEstimate.size() && chosen.size() < MAX_VERIFIED; i++) {
            if (!byEstimate.get(i).chosen) {
                chosen.add(byEstimate.get(i).choose());
            }
        }
        return chosen;
    }

    /**
     * The first {@link #MAX_VERIFIED} of {@code all} by {@code score}, ties by id: exactly the head of the fully sorted
     * list. {@link #choose} never looks further: the estimate phases take at most {@code MAX_VERIFIED} ids in all, and
     * the rare-key phase skips at most the {@code MAX_VERIFIED - RARE_KEY_SLOTS} taken before it. Only candidates at
     * or above the cutoff score are sorted, so only their ids are read: a busy topic gives hundreds of eligible ids,
     * and scores are few distinct values (shared keys / 64), so tie-breaks by id are common.
     */
    static List<Hits> best(List<Hits> all, ToDoubleFunction<Hits> score) {
        int k = Math.min(MAX_VERIFIED, all.size());
        if (k == 0) {
            return List.of();
        }
        double cutoff = kthHighest(all, score, k);
        List<Hits> top = new ArrayList<>();
        for (Hits h : all) {
            if (score.applyAsDouble(h) >= cutoff) {
                top.add(h);
                h.orderKey(); // independent loads here overlap their misses; inside the sort each would wait
            }
        }
        top.sort(Comparator.comparingDouble(score).reversed().thenComparing(Hits::compareIds));
        return top.subList(0, k);
    }

    private static double kthHighest(List<Hits> all, ToDoubleFunction<Hits> score, int k) {
        double[] scores = new double[all.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score.applyAsDouble(all.get(i));
        }
        Arrays.sort(scores);
        return scores[scores.length - k];
    }

    /**
     * Per candidate, the keys of each family it shares and 1/(ids under the key) summed over them, in key order (the
     * rarity sums must come out bit for bit the same whatever the map). A candidate is eligible from its second key:
     * one shared component is what any two texts on a topic have.
     */
    private List<Hits> countHits(String articleId, List<String> wordKeys, List<String> nameKeys) {
        Map<String, Hits> hits = new HashMap<>(2 * MAX_CANDIDATE_IDS);
        List<Hits> eligible = new ArrayList<>();
        // Comparing hash codes first (the map needs them anyway) spares reading most id strings twice.
        int articleHash = articleId.hashCode();
        for (String key : concat(wordKeys, nameKeys)) {
            List<String> ids = index.candidates(List.of(key));
            boolean wordFamily = LshBands.isWordKey(key);
            double rarity = 1.0 / ids.size();
            for (String candidate : ids) {
                if (candidate.hashCode() != articleHash || !candidate.equals(articleId)) {
                    hits.computeIfAbsent(candidate, Hits::new).add(wordFamily, rarity, eligible);
                }
            }
        }
        return eligible;
    }

    /** As {@link #countHits(String, List, List)}, counting ordinals: no id string is read until it is ranked. */
    private static List<Hits> countHits(String articleId, List<String> wordKeys, List<String> nameKeys,
                                        OrdinalCandidateIndex index) {
        HitsByOrdinal hits = new HitsByOrdinal(index, 2 * MAX_CANDIDATE_IDS);
        List<Hits> eligible = new ArrayList<>();
        int self = index.ordinal(articleId);
        List<String> keys = concat(wordKeys, nameKeys);
        int[][] ordinalsByKey = index.ordinals(keys);
        for (int k = 0; k < keys.size(); k++) {
            int[] ordinals = ordinalsByKey[k];
            boolean wordFamily = LshBands.isWordKey(keys.get(k));
            double rarity = 1.0 / ordinals.length;
            for (int ordinal : ordinals) {
                if (ordinal != self) {
                    hits.get(ordinal).add(wordFamily, rarity, eligible);
                }
            }
        }
        return eligible;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    /** Ordinal -> its tally, open addressing: the ~1,000 ids of one article fit a table of a few KB. */
    private static final class HitsByOrdinal {
        private final OrdinalCandidateIndex index;
        private int[] keys; // ordinal + 1, 0 = free
        private Hits[] values;
        private int size;

        HitsByOrdinal(OrdinalCandidateIndex index, int expected) {
            this.index = index;
            int capacity = Integer.highestOneBit(Math.max(16, expected)) << 1;
            keys = new int[capacity];
            values = new Hits[capacity];
        }

        Hits get(int ordinal) {
            int mask = keys.length - 1;
            int i = (ordinal * 0x9E3779B9) >>> 7 & mask;
            while (keys[i] != 0) {
                if (keys[i] == ordinal + 1) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            Hits h = new Hits(ordinal, index);
            keys[i] = ordinal + 1;
            values[i] = h;
            if (++size * 2 > keys.length) {
                grow();
            }
            return h;
        }

        private void grow() {
            int[] oldKeys = keys;
            Hits[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new Hits[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != 0) {
                    int i = ((oldKeys[k] - 1) * 0x9E3779B9) >>> 7 & mask;
                    while (keys[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[k];
                    values[i] = oldValues[k];
                }
            }
        }
    }

    /**
     * Each key family estimates its own Jaccard (shared components / components); a candidate ranks by the better
     * one, so a translation sharing names but no words competes with same-language articles on a busy topic.
     * {@code rarity} weighs each shared key by how few ids it holds: see {@link #RARE_KEY_SLOTS}.
     */
    static final class Hits {
        private String id;
        private final int ordinal;
        private final OrdinalCandidateIndex ids;
        private long orderKey;
        private boolean keyed;
        private int wordKeys;
        private int nameKeys;
        double rarity;
        double estimate;
        boolean chosen;

        Hits(String id) {
            this.id = id;
            this.ordinal = -1;
            this.ids = null;
        }

        Hits(int ordinal, OrdinalCandidateIndex ids) {
            this.ordinal = ordinal;
            this.ids = ids;
        }

        /** As {@code a.id().compareTo(b.id())}, reading the ids only when their order keys do not decide. */
        static int compareIds(Hits a, Hits b) {
            long keyA = a.orderKey();
            long keyB = b.orderKey();
            if (keyA != keyB && keyA != OrdinalCandidateIndex.NO_ORDER_KEY
                    && keyB != OrdinalCandidateIndex.NO_ORDER_KEY) {
                return Long.compareUnsigned(keyA, keyB);
            }
            return a.id().compareTo(b.id());
        }

        long orderKey() {
            if (!keyed) {
                orderKey = id != null ? OrdinalCandidateIndex.orderKeyOf(id) : ids.orderKey(ordinal);
                keyed = true;
            }
            return orderKey;
        }

        /** Resolved on first use: most counted ids are never ranked against another on equal terms. */
        String id() {
            if (id == null) {
                id = ids.id(ordinal);
            }
            return id;
        }

        /** Counts one more shared key; the second makes the candidate eligible. */
        void add(boolean wordFamily, double keyRarity, List<Hits> eligible) {
            if (wordFamily) {
                wordKeys++;
            } else {
                nameKeys++;
            }
            rarity += keyRarity;
            if (wordKeys + nameKeys == MIN_BAND_HITS) {
                eligible.add(this);
            }
        }

        void estimate(int wordKeyCount, int nameKeyCount) {
            estimate = Math.max((double) wordKeys / Math.max(1, wordKeyCount),
                    (double) nameKeys / Math.max(1, nameKeyCount));
        }

        String choose() {
            chosen = true;
            return id();
        }
    }
}
