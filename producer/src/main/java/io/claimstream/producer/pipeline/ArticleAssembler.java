package io.claimstream.producer.pipeline;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.text.UrlCanonicaliser;
import io.claimstream.schema.Article;
import io.claimstream.text.ContentHash;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a draft and builds the Article event: canonical URL, domain, language, content hash, stable id and key.
 * Pure apart from the injected clock and language function, so every rule here is unit-testable.
 */
public final class ArticleAssembler {

    private final Clock clock;
    private final Function<String, String> languageOf;
    private final long maxTextBytes;

    public ArticleAssembler(Clock clock, Function<String, String> languageOf, long maxTextBytes) {
        this.clock = clock;
        this.languageOf = languageOf;
        this.maxTextBytes = maxTextBytes;
    }

    public Assembly assemble(ArticleDraft draft) {
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            return refuse(draft, RejectReason.EMPTY_TEXT, "no article text (empty or whitespace only)");
        }
        long textBytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (textBytes > maxTextBytes) {
            return refuse(draft, RejectReason.TOO_LARGE,
                    "article text is " + textBytes + " bytes, over the cap of " + maxTextBytes);
        }
        Optional<String> canonical = UrlCanonicaliser.canonicalise(draft.url());
        String contentHash = ContentHash.of(text);
        String id = draft.id() != null && !draft.id().isBlank()
                ? draft.id().strip()
                : canonical.orElseGet(() -> "sha256:" + contentHash);
        String domain = draft.sourceDomain() != null && !draft.sourceDomain().isBlank()
                ? draft.sourceDomain().strip().toLowerCase(java.util.Locale.ROOT)
                : canonical.flatMap(UrlCanonicaliser::domainOf).orElse(null);
        Map<String, String> attributes = new HashMap<>(draft.attributes());
        Article article = Article.newBuilder()
                .setId(id)
                .setUrl(blankToNull(draft.url()))
                .setCanonicalUrl(canonical.orElse(null))
                .setSourceDomain(domain)
                .setTitle(blankToNull(draft.title()))
                .setText(text)
                .setLanguage(languageOf.apply(text))
                .setPublishedAt(draft.publishedAt())
                .setIngestedAt(clock.instant())
                .setOrigin(draft.origin())
                .setOriginRef(draft.originRef())
                .setContentHash(contentHash)
                .setAttributes(attributes)
                .build();
        // One article, one partition: the canonical URL is the article's identity across sources and re-ingests.
        String key = canonical.orElse(id);
        long inputBytes = draft.originalBytes() == null ? textBytes : draft.originalBytes().length;
        return new Assembly.Ready(new AssembledArticle(key, article, inputBytes));
    }

    private static Assembly refuse(ArticleDraft draft, RejectReason reason, String message) {
        byte[] original = draft.originalBytes() != null ? draft.originalBytes()
                : draft.text() == null ? new byte[0] : draft.text().getBytes(StandardCharsets.UTF_8);
        return new Assembly.Refused(Rejection.of(reason, message, draft.source(), draft.origin(), original));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
