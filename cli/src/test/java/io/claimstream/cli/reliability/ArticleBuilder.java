package io.claimstream.cli.reliability;

import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import io.claimstream.text.ContentHash;
import java.time.Instant;
import java.util.Map;

/** Test-data builder for {@link Article}: a well-formed article by default, fixed times so runs are comparable. */
final class ArticleBuilder {

    static final Instant INGESTED = Instant.parse("2025-03-01T12:00:00Z");

    private final Article.Builder article = Article.newBuilder()
            .setLanguage("en")
            .setPublishedAt(Instant.parse("2025-03-01T08:00:00Z"))
            .setIngestedAt(INGESTED)
            .setOrigin(Origin.GENERATED)
            .setAttributes(Map.of());

    private ArticleBuilder(String id) {
        article.setId(id).setUrl("https://" + domainOf(id) + "/" + id).setCanonicalUrl(domainOf(id) + "/" + id)
                .setSourceDomain(domainOf(id)).setTitle("Article " + id).setText("");
    }

    static ArticleBuilder article(String id) {
        return new ArticleBuilder(id);
    }

    ArticleBuilder text(String text) {
        article.setText(text);
        return this;
    }

    ArticleBuilder title(String title) {
        article.setTitle(title);
        return this;
    }

    ArticleBuilder source(String domain) {
        article.setSourceDomain(domain);
        return this;
    }

    ArticleBuilder publishedAt(Instant at) {
        article.setPublishedAt(at);
        return this;
    }

    Article build() {
        // Hash of whatever text was set last, as the producer computes it.
        return article.setContentHash(ContentHash.of(article.getText())).build();
    }

    private static String domainOf(String id) {
        return "outlet" + Math.floorMod(id.hashCode(), 40) + ".example";
    }
}
