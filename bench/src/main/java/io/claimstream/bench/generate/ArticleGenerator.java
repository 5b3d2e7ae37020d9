package io.claimstream.bench.generate;

import io.claimstream.bench.corpus.SourceDocument;
import io.claimstream.bench.corpus.TextSource;
import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import io.claimstream.text.ContentHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic stream of real-size news articles for the benchmark. An original is a new piece assembled from pairs
 * of consecutive corpus sentences (so originals do not share whole stories with each other); a share {@code
 * duplicateRate} of all articles are planted copies of a recent original: exact copies, boilerplate copies and
 * rewrites in equal parts. A share {@code dealShare} of originals has a two-sentence seed passage woven in, so the
 * claim and deal stages see work.
 */
public final class ArticleGenerator {

    /** Copies are made of recent originals, as syndication does within hours, not months. */
    static final int RECENT_ORIGINALS = 1_000;
    private static final int SENTENCES_PER_PARAGRAPH = 3;
    private static final String[] SITES = {"harbour-times.example", "daily-ledger.example", "metro-wire.example",
        "northern-post.example", "the-courier.example", "market-watcher.example", "globe-dispatch.example",
        "valley-herald.example", "capital-report.example", "coastal-news.example", "evening-standard.example",
        "trade-journal.example"};

    private final TextSource source;
    private final double duplicateRate;
    private final double dealShare;
    private final String idPrefix;
    private final SplittableRandom random;
    private final List<Original> recent = new ArrayList<>();
    private final int minChars;
    private final int spreadChars;
    /** Real-size: 1.8 to 4.8 KB of body text, like a wire story with some context. */
    private static final int MIN_CHARS = 1_800;
    private long sequence;

    private record Original(String id, String title, List<List<String>> paragraphs, String site) {
    }

    public ArticleGenerator(TextSource source, double duplicateRate, double dealShare, String idPrefix, long seed) {
        this(source, duplicateRate, dealShare, idPrefix, seed, MIN_CHARS, 3_000);
    }

    /** With originals of {@code minChars} to {@code minChars + spreadChars} characters. */
    public ArticleGenerator(TextSource source, double duplicateRate, double dealShare, String idPrefix, long seed,
                            int minChars, int spreadChars) {
        if (duplicateRate < 0 || duplicateRate >= 1) {
            throw new IllegalArgumentException("duplicate rate must be in [0, 1), was " + duplicateRate);
        }
        if (source.documents().isEmpty()) {
            throw new IllegalArgumentException("the text source has no documents");
        }
        this.source = source;
        this.duplicateRate = duplicateRate;
        this.dealShare = source.dealPassages().isEmpty() ? 0 : dealShare;
        this.idPrefix = idPrefix;
        this.random = new SplittableRandom(seed);
        this.minChars = minChars;
        this.spreadChars = spreadChars;
    }

    /** The next article, ingested at {@code now}. */
    public GeneratedArticle next(Instant now) {
        long seq = sequence++;
        if (!recent.isEmpty() && random.nextDouble() < duplicateRate) {
            return copy(seq, now);
        }
        return original(seq, now);
    }

    private GeneratedArticle original(long seq, Instant now) {
        List<SourceDocument> docs = source.documents();
        SourceDocument lead = docs.get(random.nextInt(docs.size()));
        String title = lead.headline().isEmpty() ? lead.sentences().get(0) : lead.headline();
        List<String> sentences = new ArrayList<>();
        int chars = 0;
        int target = minChars + random.nextInt(Math.max(1, spreadChars));
        boolean deal = random.nextDouble() < dealShare;
        int dealAt = deal ? 2 + random.nextInt(4) : -1;
        SourceDocument doc = lead;
        while (chars < target) {
            // Pairs of consecutive sentences keep some local coherence without copying whole stories.
            int start = random.nextInt(doc.sentences().size());
            for (int i = start; i < Math.min(doc.sentences().size(), start + 2); i++) {
                sentences.add(doc.sentences().get(i));
                chars += doc.sentences().get(i).length() + 1;
            }
            if (sentences.size() >= dealAt && dealAt >= 0) {
                List<String> passage = source.dealPassages().get(random.nextInt(source.dealPassages().size()));
                sentences.addAll(passage);
                chars += passage.stream().mapToInt(String::length).sum();
                dealAt = -1;
            }
            doc = docs.get(random.nextInt(docs.size()));
        }
        List<List<String>> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += SENTENCES_PER_PARAGRAPH) {
            paragraphs.add(List.copyOf(sentences.subList(i, Math.min(sentences.size(), i + SENTENCES_PER_PARAGRAPH))));
        }
        String id = idPrefix + seq;
        String site = SITES[random.nextInt(SITES.length)];
        Original original = new Original(id, title, paragraphs, site);
        if (recent.size() == RECENT_ORIGINALS) {
            recent.remove(0);
        }
        recent.add(original);
        return new GeneratedArticle(article(id, site, title, join(paragraphs), now), PlantedKind.ORIGINAL, null, deal);
    }

    private GeneratedArticle copy(long seq, Instant now) {
        Original of = recent.get(random.nextInt(recent.size()));
        PlantedKind kind = switch (random.nextInt(3)) {
            case 0 -> PlantedKind.EXACT_COPY;
            case 1 -> PlantedKind.BOILERPLATE_COPY;
            default -> PlantedKind.REWRITE;
        };
        String site = otherSite(of.site());
        String text = switch (kind) {
            case EXACT_COPY -> join(of.paragraphs());
            case BOILERPLATE_COPY -> SiteChrome.wrap(join(of.paragraphs()), site, random.nextInt(2));
            default -> join(Rewriter.rewrite(of.paragraphs(), random));
        };
        String title = kind == PlantedKind.REWRITE ? Rewriter.swapSynonyms(of.title()) : of.title();
        String id = idPrefix + seq;
        return new GeneratedArticle(article(id, site, title, text, now), kind, of.id(), false);
    }

    private String otherSite(String site) {
        String other = SITES[random.nextInt(SITES.length)];
        return other.equals(site) ? SITES[(java.util.Arrays.asList(SITES).indexOf(site) + 1) % SITES.length] : other;
    }

    private static String join(List<List<String>> paragraphs) {
        StringBuilder out = new StringBuilder(4_096);
        for (List<String> p : paragraphs) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(String.join(" ", p));
        }
        return out.toString();
    }

    private static Article article(String id, String site, String title, String text, Instant now) {
        String url = "https://" + site + "/news/" + id;
        return Article.newBuilder()
                .setId(id)
                .setUrl(url)
                .setCanonicalUrl(url)
                .setSourceDomain(site)
                .setTitle(title)
                .setText(text)
                .setLanguage("en")
                .setPublishedAt(now)
                .setIngestedAt(now)
                .setOrigin(Origin.GENERATED)
                .setOriginRef("claimstream bench")
                .setContentHash(ContentHash.of(text))
                .setAttributes(Map.of())
                .build();
    }
}
