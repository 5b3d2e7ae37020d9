package io.claimstream.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.producer.testing.FeedFixtures;
import io.claimstream.schema.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    @Test
    void rssItemsBecomeDraftsKeyedByGuid() {
        FeedParser.Items items = (FeedParser.Items) FeedParser.parse(
                FeedFixtures.rss(FeedFixtures.item("g-1", "First", "Wed, 19 Mar 2025 10:15:30 GMT")).getBytes(StandardCharsets.UTF_8),
                "http://feeds.test/rss");

        assertThat(items.items()).extracting(FeedParser.FeedItem::itemKey).containsExactly("g-1");
        ArticleDraft draft = ((SourceRecord.Parsed) items.items().get(0).record()).draft();
        assertThat(draft.id()).isEqualTo("g-1");
        assertThat(draft.title()).isEqualTo("First");
        assertThat(draft.url()).isEqualTo("https://www.example.com/g-1?utm_source=rss");
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2025-03-19T10:15:30Z"));
        assertThat(draft.text()).startsWith("The city council approved").doesNotContain("<p>");
        assertThat(draft.origin()).isEqualTo(Origin.FEED);
        assertThat(draft.originRef()).isEqualTo("http://feeds.test/rss");
        assertThat(draft.attributes()).containsEntry("feedTitle", "Test feed");
    }

    @Test
    void atomEntriesBecomeDrafts() {
        FeedParser.Items items = (FeedParser.Items) FeedParser.parse(
                FeedFixtures.atom("urn:entry:1", "Atom entry", "2025-04-01T08:00:00Z").getBytes(StandardCharsets.UTF_8),
                "http://feeds.test/atom");

        ArticleDraft draft = ((SourceRecord.Parsed) items.items().get(0).record()).draft();
        assertThat(draft.id()).isEqualTo("urn:entry:1");
        assertThat(draft.title()).isEqualTo("Atom entry");
        assertThat(draft.url()).isEqualTo("https://example.com/atom/1");
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        assertThat(draft.text()).contains("A regional airline");
    }

    @Test
    void itemsWithoutAPublicationDateHaveNone() {
        FeedParser.Items items = (FeedParser.Items) FeedParser.parse(
                FeedFixtures.rss(FeedFixtures.item("g-2", "Undated", null)).getBytes(StandardCharsets.UTF_8), "u");

        assertThat(((SourceRecord.Parsed) items.items().get(0).record()).draft().publishedAt()).isNull();
    }

    @Test
    void somethingThatIsNotXmlIsNotAFeed() {
        byte[] html = "<html><body>Not a feed".getBytes(StandardCharsets.UTF_8);

        FeedParser.Parse parse = FeedParser.parse(html, "http://feeds.test/x");

        assertThat(parse).isInstanceOfSatisfying(FeedParser.NotAFeed.class, n -> {
            assertThat(n.rejection().reason()).isEqualTo(RejectReason.NOT_A_FEED);
            assertThat(n.rejection().originalBytes()).isEqualTo(html);
        });
        assertThat(FeedParser.parse("plain words".getBytes(StandardCharsets.UTF_8), "u"))
                .isInstanceOf(FeedParser.NotAFeed.class);
    }

    @Test
    void doctypesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";

        assertThat(FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), "u")).isInstanceOf(FeedParser.NotAFeed.class);
    }

    @Test
    void itemsKeepFeedOrder() {
        FeedParser.Items items = (FeedParser.Items) FeedParser.parse(FeedFixtures.rss(
                FeedFixtures.item("a", "A", null), FeedFixtures.item("b", "B", null)).getBytes(StandardCharsets.UTF_8), "u");

        assertThat(items.items()).extracting(FeedParser.FeedItem::itemKey).isEqualTo(List.of("a", "b"));
    }

    @Test
    void anItemWithoutGuidIsKnownByItsLink() {
        String noGuid = "<item><title>L</title><link>https://example.com/l1</link><description>text</description></item>";

        FeedParser.Items items = (FeedParser.Items) FeedParser.parse(FeedFixtures.rss(noGuid).getBytes(StandardCharsets.UTF_8), "u");

        assertThat(items.items()).extracting(FeedParser.FeedItem::itemKey).containsExactly("https://example.com/l1");
        assertThat(((SourceRecord.Parsed) items.items().get(0).record()).draft().id()).isEqualTo("https://example.com/l1");
    }
}
