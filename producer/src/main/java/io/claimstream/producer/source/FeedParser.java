package io.claimstream.producer.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.schema.Origin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses RSS 2.0 / Atom bytes (ROME) into one draft per item, each tagged with the id used to remember it. */
public final class FeedParser {

    /** One feed item: the identity remembered in the seen-state (guid, else link), and what it parsed to. */
    public record FeedItem(String itemKey, SourceRecord record) {
    }

    /** A parsed feed, or why the bytes are not a feed. */
    public sealed interface Parse permits Items, NotAFeed {
    }

    public record Items(String feedTitle, List<FeedItem> items) implements Parse {
    }

    public record NotAFeed(Rejection rejection) implements Parse {
    }

    private FeedParser() {
    }

    public static Parse parse(byte[] xml, String feedUrl) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            // Doctypes stay refused (ROME's default): a feed has no business declaring entities (XXE).
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            return new NotAFeed(Rejection.of(RejectReason.NOT_A_FEED, e, feedUrl, Origin.FEED, xml));
        }
        List<FeedItem> items = new ArrayList<>();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            items.add(item(entry, feedUrl, feed.getTitle(), index));
        }
        return new Items(feed.getTitle(), items);
    }

    private static FeedItem item(SyndEntry entry, String feedUrl, String feedTitle, int index) {
        String guid = blankToNull(entry.getUri());
        String link = blankToNull(entry.getLink());
        String rawBody = body(entry);
        String itemKey = guid != null ? guid : link != null ? link : "item-" + io.claimstream.text.ContentHash.of(
                (entry.getTitle() == null ? "" : entry.getTitle()) + "\n" + rawBody);
        String source = feedUrl + " item " + (guid != null ? guid : link != null ? link : "#" + index);
        Map<String, String> attributes = new HashMap<>();
        if (feedTitle != null && !feedTitle.isBlank()) {
            attributes.put("feedTitle", feedTitle.strip());
        }
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            attributes.put("author", entry.getAuthor().strip());
        }
        if (entry.getUpdatedDate() != null) {
            attributes.put("updatedAt", entry.getUpdatedDate().toInstant().toString());
        }
        byte[] original = rawBody.getBytes(StandardCharsets.UTF_8);
        var draft = new ArticleDraft(guid != null ? guid : link, link, null, blankToNull(entry.getTitle()),
                HtmlText.of(rawBody), entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant(),
                Origin.FEED, feedUrl, source, attributes, original);
        return new FeedItem(itemKey, SourceRecord.parsed(draft));
    }

    /** Full content (content:encoded, atom:content) when the feed has it, else the description/summary. */
    private static String body(SyndEntry entry) {
        StringBuilder out = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                out.append(content.getValue()).append('\n');
            }
        }
        if (out.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            out.append(entry.getDescription().getValue());
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
