package io.claimstream.producer.pipeline;

import static io.claimstream.producer.testing.DraftBuilder.aDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.testing.Fixtures;
import io.claimstream.producer.testing.MutableClock;
import io.claimstream.producer.text.LanguageDetector;
import io.claimstream.schema.Article;
import io.claimstream.text.ContentHash;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {

    private final MutableClock clock = MutableClock.at("2026-01-02T03:04:05Z");
    private final ArticleAssembler assembler = new ArticleAssembler(clock, LanguageDetector.shared()::detect, 10_000);

    private AssembledArticle ready(io.claimstream.producer.model.ArticleDraft draft) {
        return ((Assembly.Ready) assembler.assemble(draft)).article();
    }

    @Test
    void buildsTheEventWithCanonicalUrlDomainLanguageHashAndIngestTime() {
        AssembledArticle assembled = ready(aDraft().publishedAt("2025-03-19T00:00:00Z").build());
        Article a = assembled.article();

        assertThat(a.getId()).isEqualTo("t1");
        assertThat(a.getUrl()).isEqualTo("https://www.example.com/news/1?utm_source=x");
        assertThat(a.getCanonicalUrl()).isEqualTo("https://example.com/news/1");
        assertThat(a.getSourceDomain()).isEqualTo("example.com");
        assertThat(a.getLanguage()).isEqualTo("en");
        assertThat(a.getContentHash()).isEqualTo(ContentHash.of(Fixtures.ENGLISH_TEXT));
        assertThat(a.getIngestedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-19T00:00:00Z"));
        assertThat(assembled.key()).isEqualTo("https://example.com/news/1");
    }

    @Test
    void theKeyIsTheIdWhenThereIsNoUrl() {
        AssembledArticle assembled = ready(aDraft().url(null).build());

        assertThat(assembled.key()).isEqualTo("t1");
        assertThat(assembled.article().getCanonicalUrl()).isNull();
        assertThat(assembled.article().getSourceDomain()).isNull();
    }

    @Test
    void withoutAnIdTheCanonicalUrlIsTheId() {
        assertThat(ready(aDraft().id(null).build()).article().getId()).isEqualTo("https://example.com/news/1");
    }

    @Test
    void withoutIdOrUrlTheContentHashIsTheId() {
        Article a = ready(aDraft().id(null).url(null).build()).article();

        assertThat(a.getId()).isEqualTo("sha256:" + ContentHash.of(Fixtures.ENGLISH_TEXT));
    }

    @Test
    void aStatedSourceDomainWinsOverTheHost() {
        Article a = ready(aDraft().url("https://mail.example.com/x").sourceDomain("Example.com").build()).article();

        assertThat(a.getSourceDomain()).isEqualTo("example.com");
    }

    @Test
    void publishedAtIsNeverInvented() {
        assertThat(ready(aDraft().build()).article().getPublishedAt()).isNull();
    }

    @Test
    void shortTextsHaveUnknownLanguage() {
        assertThat(ready(aDraft().text("Budget approved.").build()).article().getLanguage()).isEqualTo("unknown");
    }

    @Test
    void emptyOrWhitespaceTextIsRefused() {
        Assembly assembly = assembler.assemble(aDraft().text(" \n\t ").build());

        assertThat(assembly).isInstanceOfSatisfying(Assembly.Refused.class,
                r -> assertThat(r.rejection().reason()).isEqualTo(RejectReason.EMPTY_TEXT));
    }

    @Test
    void textOverTheCapIsRefused() {
        Assembly assembly = assembler.assemble(aDraft().text("word ".repeat(3000)).build());

        assertThat(assembly).isInstanceOfSatisfying(Assembly.Refused.class,
                r -> assertThat(r.rejection().reason()).isEqualTo(RejectReason.TOO_LARGE));
    }
}
