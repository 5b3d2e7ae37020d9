package io.claimstream.streams.testdata;

import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import io.claimstream.text.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Test data: articles that look like what the producer publishes. */
public final class ArticleBuilder {

    private String id;
    private String url;
    private String source;
    private String title = "A headline";
    private String text = "Some text.";
    private String language = "en";
    private Instant publishedAt;
    private Instant ingestedAt = Instant.parse("2025-03-20T10:00:00Z");

    private ArticleBuilder(String id) {
        this.id = id;
    }

    public static ArticleBuilder article(String id) {
        return new ArticleBuilder(id);
    }

    /** A seed article from samples/seeds: first line the headline, the rest the text. */
    public static ArticleBuilder seed(String fileName) {
        try {
            Path file = Path.of("..", "samples", "seeds", fileName);
            String all = Files.readString(file);
            int nl = all.indexOf('\n');
            return article("file:seeds/" + fileName).title(all.substring(0, nl).strip()).text(all.substring(nl + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ArticleBuilder url(String url) {
        this.url = url;
        this.source = url == null ? null : java.net.URI.create(url).getHost().replaceFirst("^www\\.", "");
        return this;
    }

    public ArticleBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ArticleBuilder text(String text) {
        this.text = text;
        return this;
    }

    public ArticleBuilder language(String language) {
        this.language = language;
        return this;
    }

    public ArticleBuilder publishedAt(String instant) {
        this.publishedAt = Instant.parse(instant);
        return this;
    }

    public ArticleBuilder ingestedAt(Instant ingestedAt) {
        this.ingestedAt = ingestedAt;
        return this;
    }

    public Article build() {
        return Article.newBuilder()
                .setId(id)
                .setUrl(url)
                .setCanonicalUrl(url)
                .setSourceDomain(source)
                .setTitle(title)
                .setText(text)
                .setLanguage(language)
                .setPublishedAt(publishedAt)
                .setIngestedAt(ingestedAt)
                .setOrigin(url == null ? Origin.FILE : Origin.PAGE)
                .setOriginRef(url)
                .setContentHash(ContentHash.of(text))
                .setAttributes(Map.of())
                .build();
    }

    /** The Kafka key the producer would use. */
    public String key() {
        return url != null ? url : id;
    }
}
