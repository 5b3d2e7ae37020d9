package io.claimstream.ops;

import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import java.time.Instant;
import java.util.Map;

/** Test-data builder for {@link Article}s: a valid article by default, tests change what they talk about. */
public final class TestArticles {

    public static final Instant PUBLISHED = Instant.parse("2026-11-01T08:00:00Z");

    private TestArticles() {
    }

    public static Article.Builder anArticle(String id) {
        return Article.newBuilder()
                .setId(id)
                .setUrl("https://www.example.com/news/" + id)
                .setCanonicalUrl("https://example.com/news/" + id)
                .setSourceDomain("example.com")
                .setTitle("Export fixture " + id)
                .setText("Fixture text of article " + id + ", with a comma and a \"quote\".")
                .setLanguage("en")
                .setPublishedAt(PUBLISHED)
                .setIngestedAt(PUBLISHED.plusSeconds(60))
                .setOrigin(Origin.GENERATED)
                .setOriginRef("test")
                .setContentHash("cd".repeat(32))
                .setAttributes(Map.of("author", "Test Writer"));
    }
}
