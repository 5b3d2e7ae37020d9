package io.claimstream.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.http.FetchPolicy;
import io.claimstream.producer.http.HttpFetcher;
import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.testing.Fixtures;
import io.claimstream.producer.testing.LocalHttpServer;
import io.claimstream.producer.testing.LocalHttpServer.Reply;
import io.claimstream.schema.Origin;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageSourceTest {

    static final String ARTICLE_PAGE = """
            <!doctype html><html><head>
              <title>Budget news | Example Times</title>
              <meta property="og:title" content="Council approves budget">
              <meta property="og:site_name" content="Example Times">
              <meta property="article:published_time" content="2025-03-19T10:15:30+01:00">
              <link rel="canonical" href="https://www.example.com/news/budget?utm_source=feed">
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
              <article>
                <h1>Council approves budget</h1>
                <p>%s</p>
                <p>%s</p>
              </article>
              <footer>Copyright Example Times. All rights reserved.</footer>
            </body></html>
            """.formatted(Fixtures.ENGLISH_TEXT, Fixtures.SECOND_ENGLISH_TEXT);

    static final String JSON_LD_PAGE = """
            <html><head><title>Site</title>
            <script type="application/ld+json">
              {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
               {"@type":"NewsArticle","headline":"Airline adds routes","datePublished":"2025-04-01T08:00:00Z"}]}
            </script></head>
            <body><div class="content"><p>%s</p><p>%s</p></div></body></html>
            """.formatted(Fixtures.SECOND_ENGLISH_TEXT, Fixtures.ENGLISH_TEXT);

    private final LocalHttpServer server = new LocalHttpServer();
    private final HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults());

    PageSourceTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void extractsMainTextTitlePublishedTimeAndCanonicalUrlFromMetaTags() {
        server.serve("/budget", Reply.ok("text/html; charset=utf-8", ARTICLE_PAGE));

        ArticleDraft draft = Records.readFrom(new PageSource(fetcher, server.url("/budget"))).drafts().get(0);

        assertThat(draft.title()).isEqualTo("Council approves budget");
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2025-03-19T09:15:30Z"));
        assertThat(draft.url()).isEqualTo("https://www.example.com/news/budget?utm_source=feed");
        assertThat(draft.text()).contains("The city council approved", "A regional airline said")
                .doesNotContain("All rights reserved");
        assertThat(draft.text()).contains("\n\n");
        assertThat(draft.origin()).isEqualTo(Origin.PAGE);
        assertThat(draft.originRef()).isEqualTo(server.url("/budget"));
        assertThat(draft.attributes()).containsEntry("siteName", "Example Times");
    }

    @Test
    void fallsBackToJsonLdForTitleAndPublishedTime() {
        server.serve("/ld", Reply.ok("text/html", JSON_LD_PAGE));

        ArticleDraft draft = Records.readFrom(new PageSource(fetcher, server.url("/ld"))).drafts().get(0);

        assertThat(draft.title()).isEqualTo("Airline adds routes");
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        assertThat(draft.url()).isEqualTo(server.url("/ld"));
    }

    @Test
    void aPageWithNoTextIsRejected() {
        server.serve("/empty", Reply.ok("text/html", "<html><head><title>x</title></head><body><img src=a.png></body></html>"));

        var rejection = Records.readFrom(new PageSource(fetcher, server.url("/empty"))).rejections().get(0);

        assertThat(rejection.reason()).isEqualTo(RejectReason.NO_EXTRACTABLE_TEXT);
        assertThat(rejection.source()).isEqualTo(server.url("/empty"));
        assertThat(rejection.originalBytes()).asString().contains("<img src=a.png>");
    }

    @Test
    void nonHtmlContentIsRejected() {
        server.serve("/pic", new Reply(200, java.util.Map.of("Content-Type", "image/png"), new byte[]{1, 2, 3}));

        assertThat(Records.readFrom(new PageSource(fetcher, server.url("/pic"))).rejections())
                .extracting(r -> r.reason()).containsExactly(RejectReason.NO_EXTRACTABLE_TEXT);
    }

    @Test
    void anHttpErrorIsRejectedWithTheUrlAndStatus() {
        var rejection = Records.readFrom(new PageSource(fetcher, server.url("/missing"))).rejections().get(0);

        assertThat(rejection.reason()).isEqualTo(RejectReason.HTTP_STATUS);
        assertThat(rejection.errorMessage()).contains("404");
        assertThat(rejection.source()).isEqualTo(server.url("/missing"));
    }
}
