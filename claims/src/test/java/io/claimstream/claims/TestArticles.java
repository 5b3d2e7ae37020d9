package io.claimstream.claims;

import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Test-data builder for articles: English by default, fixed times so claims are reproducible. */
final class TestArticles {

    static final Path SEEDS = Path.of("..", "samples", "seeds");

    private String id = "test-article";
    private String text = "";
    private String language = "en";

    static TestArticles article() {
        return new TestArticles();
    }

    static Article english(String text) {
        return article().text(text).build();
    }

    static Article seed(String fileName) {
        try {
            return article().id(fileName).text(Files.readString(SEEDS.resolve(fileName))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestArticles id(String id) {
        this.id = id;
        return this;
    }

    TestArticles text(String text) {
        this.text = text;
        return this;
    }

    TestArticles language(String language) {
        this.language = language;
        return this;
    }

    Article build() {
        return Article.newBuilder()
                .setId(id)
                .setUrl("https://example.org/" + id)
                .setCanonicalUrl("https://example.org/" + id)
                .setSourceDomain("example.org")
                .setText(text)
                .setLanguage(language)
                .setPublishedAt(Instant.parse("2025-03-19T00:00:00Z"))
                .setIngestedAt(Instant.parse("2025-03-19T01:00:00Z"))
                .setOrigin(Origin.FILE)
                .setContentHash("0".repeat(64))
                .build();
    }
}
