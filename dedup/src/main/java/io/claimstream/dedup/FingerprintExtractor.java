package io.claimstream.dedup;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import io.claimstream.schema.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The heavy, parallelisable half of dedup: pure and thread-safe, meant to run upstream of the sequential decider. */
public final class FingerprintExtractor {

    static final int MIN_HASH_COMPONENTS = 64;
    static final SimilarityHashPolicy MIN_HASH = SimilarityHashing.minHash(MIN_HASH_COMPONENTS, 32);
    static final int ENTITY_MIN_HASH_COMPONENTS = 16;
    static final SimilarityHashPolicy ENTITY_MIN_HASH = SimilarityHashing.minHash(ENTITY_MIN_HASH_COMPONENTS, 32);
    /** Sentences with fewer content words carry no paraphrase signal ("He added."). */
    static final int MIN_SENTENCE_WORDS = 4;
    /** Keeps the fingerprint small; the opening of a piece is what rewrites and copies share most. */
    static final int MAX_SENTENCES = 40;
    private static final int MAX_WORDS_PER_SENTENCE = 48;
    private static final int MAX_NUMBERS = 48;
    private static final int MAX_QUOTES = 16;
    private static final int MAX_ENTITIES = 96;

    public Fingerprint extract(Article article) {
        String canonicalUrl = article.getCanonicalUrl() != null ? article.getCanonicalUrl() : article.getUrl();
        String source = article.getSourceDomain() != null ? article.getSourceDomain()
                : TextAnalysis.domainOf(canonicalUrl);
        return extract(canonicalUrl, article.getContentHash(), source, article.getLanguage(), article.getPublishedAt(),
                article.getIngestedAt(), article.getText());
    }

    public Fingerprint extract(String canonicalUrl, String contentHash, String sourceDomain, String language,
                               Instant publishedAt, Instant observedAt, String text) {
        TextAnalysis.Analysed analysed = TextAnalysis.analyse(text == null ? "" : text);
        String body = String.join("\n", analysed.bodyLines());

        List<Integer> sentenceHashes = new ArrayList<>();
        List<short[]> sentenceWords = new ArrayList<>();
        Set<String> allWords = new LinkedHashSet<>();
        long quoted = 0;
        for (int s = 0; s < analysed.sentences().size(); s++) {
            String sentence = analysed.sentences().get(s);
            List<String> words = TextAnalysis.contentWords(sentence);
            allWords.addAll(words);
            if (words.size() < MIN_SENTENCE_WORDS || sentenceHashes.size() >= MAX_SENTENCES) {
                continue;
            }
            if (analysed.quoted().get(s)) {
                quoted |= 1L << sentenceHashes.size();
            }
            sentenceHashes.add(TextAnalysis.hash32(String.join(" ", words)));
            sentenceWords.add(sortedDistinct16(words.stream().limit(MAX_WORDS_PER_SENTENCE).toList()));
        }
        long[] wordHashes = allWords.stream().mapToLong(TextAnalysis.HASHER::hashCharsToLong).toArray();
        byte[] minHash = MIN_HASH.createHasher().compute(ElementHashProvider.ofValues(
                wordHashes.length == 0 ? new long[] {0L} : wordHashes));

        Set<String> entities = TextAnalysis.entities(body);
        Set<String> numbers = TextAnalysis.numbers(body);
        Set<String> names = new LinkedHashSet<>(entities);
        names.addAll(numbers);
        long[] nameHashes = names.stream().mapToLong(TextAnalysis.HASHER::hashCharsToLong).toArray();
        byte[] entityMinHash = ENTITY_MIN_HASH.createHasher().compute(ElementHashProvider.ofValues(
                nameHashes.length == 0 ? new long[] {0L} : nameHashes));

        return new Fingerprint(canonicalUrl, contentHash, sourceDomain == null ? null
                : sourceDomain.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""),
                language == null ? "unknown" : language, publishedAt,
                observedAt == null ? Instant.EPOCH : observedAt, minHash, entityMinHash,
                sentenceHashes.stream().mapToInt(Integer::intValue).toArray(),
                sentenceWords.toArray(short[][]::new),
                sortedDistinct32(numbers, MAX_NUMBERS),
                sortedDistinct32(TextAnalysis.quotes(body), MAX_QUOTES),
                sortedDistinct16(entities.stream().limit(MAX_ENTITIES).toList()),
                new ArrayList<>(analysed.attributions()).subList(0, Math.min(4, analysed.attributions().size())),
                body.length(), quoted);
    }


    private static short[] sortedDistinct16(java.util.Collection<String> values) {
        short[] out = new short[values.size()];
        int i = 0;
        for (String v : values) {
            out[i++] = TextAnalysis.hash16(v);
        }
        Arrays.sort(out);
        return distinct(out);
    }

    private static int[] sortedDistinct32(java.util.Collection<String> values, int max) {
        return values.stream().limit(max).mapToInt(TextAnalysis::hash32).sorted().distinct().toArray();
    }

    private static short[] distinct(short[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
