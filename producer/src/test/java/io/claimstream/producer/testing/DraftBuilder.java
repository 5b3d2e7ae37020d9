package io.claimstream.producer.testing;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.schema.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Test-data builder for drafts: a valid English article unless told otherwise. */
public final class DraftBuilder {

    private String id = "t1";
    private String url = "https://www.example.com/news/1?utm_source=x";
    private String sourceDomain;
    private String title = "Council approves budget";
    private String text = Fixtures.ENGLISH_TEXT;
    private Instant publishedAt;
    private Origin origin = Origin.JSONL;
    private String originRef = "in.jsonl";
    private String source = "in.jsonl:1";

    public static DraftBuilder aDraft() {
        return new DraftBuilder();
    }

    public DraftBuilder id(String id) {
        this.id = id;
        return this;
    }

    public DraftBuilder url(String url) {
        this.url = url;
        return this;
    }

    public DraftBuilder sourceDomain(String domain) {
        this.sourceDomain = domain;
        return this;
    }

    public DraftBuilder title(String title) {
        this.title = title;
        return this;
    }

    public DraftBuilder text(String text) {
        this.text = text;
        return this;
    }

    public DraftBuilder publishedAt(String instant) {
        this.publishedAt = Instant.parse(instant);
        return this;
    }

    public DraftBuilder origin(Origin origin) {
        this.origin = origin;
        return this;
    }

    public ArticleDraft build() {
        return new ArticleDraft(id, url, sourceDomain, title, text, publishedAt, origin, originRef, source, Map.of(),
                text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }
}
