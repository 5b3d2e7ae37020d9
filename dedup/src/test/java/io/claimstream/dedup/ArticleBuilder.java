package io.claimstream.dedup;

import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import io.claimstream.text.ContentHash;
import java.time.Instant;
import java.util.Map;

/** Test-data builder over the Avro {@link Article}: sensible defaults, content hash derived from the text. */
final class ArticleBuilder {

    private static final Instant DAY = Instant.parse("2031-05-06T00:00:00Z");

    private final String id;
    private String url;
    private String source = "example.org";
    private String text = "";
    private String language = "en";
    private Instant publishedAt = DAY;
    private Instant ingestedAt = DAY.plusSeconds(3600);

    private ArticleBuilder(String id) {
        this.id = id;
        this.url = "https://example.org/" + id;
    }

    static ArticleBuilder article(String id) {
        return new ArticleBuilder(id);
    }

    ArticleBuilder from(String sourceDomain) {
        this.source = sourceDomain;
        this.url = "https://" + sourceDomain + "/" + id;
        return this;
    }

    ArticleBuilder url(String url) {
        this.url = url;
        return this;
    }

    ArticleBuilder text(String text) {
        this.text = text;
        return this;
    }

    ArticleBuilder language(String language) {
        this.language = language;
        return this;
    }

    ArticleBuilder publishedDaysLater(int days) {
        this.publishedAt = DAY.plusSeconds(days * 86_400L);
        return this;
    }

    ArticleBuilder unknownPublicationDate() {
        this.publishedAt = null;
        return this;
    }

    Article build() {
        return Article.newBuilder()
                .setId(id)
                .setUrl(url)
                .setCanonicalUrl(url.replaceFirst("^https?://(www\\.)?", "https://"))
                .setSourceDomain(source)
                .setTitle(null)
                .setText(text)
                .setLanguage(language)
                .setPublishedAt(publishedAt)
                .setIngestedAt(ingestedAt)
                .setOrigin(Origin.GENERATED)
                .setContentHash(ContentHash.of(text))
                .setAttributes(Map.of())
                .build();
    }
}
