package io.claimstream.producer.testing;

/** RSS 2.0 and Atom documents written for the tests. */
public final class FeedFixtures {

    private FeedFixtures() {
    }

    /** An RSS item whose guid is {@code guid}; {@code pubDate} may be null. Its body is the English fixture. */
    public static String item(String guid, String title, String pubDate) {
        return item(guid, title, pubDate, "<p>" + Fixtures.ENGLISH_TEXT + "</p>");
    }

    public static String item(String guid, String title, String pubDate, String html) {
        return """
                <item>
                  <title>%s</title>
                  <link>https://www.example.com/%s?utm_source=rss</link>
                  <guid isPermaLink="false">%s</guid>
                  %s
                  <description><![CDATA[%s]]></description>
                </item>
                """.formatted(title, guid, guid, pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>", html);
    }

    public static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Test feed</title><link>https://example.com/</link><description>d</description>
                  %s
                </channel></rss>
                """.formatted(String.join("\n", items));
    }

    public static String atom(String id, String title, String published) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom test feed</title><id>urn:feed</id><updated>2025-04-01T09:00:00Z</updated>
                  <entry>
                    <title>%s</title>
                    <link href="https://example.com/atom/1"/>
                    <id>%s</id>
                    <published>%s</published>
                    <updated>2025-04-01T09:00:00Z</updated>
                    <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
                  </entry>
                </feed>
                """.formatted(title, id, published, Fixtures.SECOND_ENGLISH_TEXT);
    }
}
