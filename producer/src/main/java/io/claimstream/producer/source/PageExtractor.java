package io.claimstream.producer.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.producer.text.PublishedDates;
import io.claimstream.schema.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a fetched HTML page into an article draft: Readability4J finds the main text; title, publication time and
 * canonical URL come from og:/article: meta tags, then JSON-LD, then the page's own {@code <title>}/{@code <time>}.
 */
public final class PageExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageExtractor() {
    }

    /**
     * @param requestedUrl the URL the user gave (names the input in errors)
     * @param finalUrl     where redirects ended (base for relative links, fallback canonical URL)
     * @param charset      the Content-Type charset, or null to let jsoup read the page's own declaration
     */
    public static SourceRecord extract(byte[] html, String requestedUrl, String finalUrl, String charset) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset, finalUrl);
        } catch (IOException | RuntimeException e) {
            return reject(RejectReason.NO_EXTRACTABLE_TEXT, "cannot parse HTML: " + e.getMessage(), requestedUrl, html);
        }
        String canonical = firstNonBlank(
                attr(doc, "link[rel=canonical]", "abs:href"),
                meta(doc, "og:url"),
                finalUrl);
        JsonNode jsonLd = jsonLdArticle(doc).orElse(null);
        String title = firstNonBlank(meta(doc, "og:title"), jsonLdText(jsonLd, "headline"), doc.title());
        String publishedRaw = firstNonBlank(meta(doc, "article:published_time"),
                jsonLdText(jsonLd, "datePublished"),
                attr(doc, "meta[itemprop=datePublished]", "content"),
                attr(doc, "time[datetime]", "datetime"));
        Instant published = PublishedDates.parse(publishedRaw).orElse(null);

        // Readability rewrites the DOM it is given; metadata was read above from the untouched document.
        Article article = new Readability4J(finalUrl, doc.clone()).parse();
        String text = article.getArticleContent() == null ? "" : HtmlText.of(article.getArticleContent());
        // On a page with no body text Readability falls back to echoing the title: that is not an article either.
        if (text.isBlank() || text.equals(doc.title().strip()) || text.equals(article.getTitle())) {
            return reject(RejectReason.NO_EXTRACTABLE_TEXT, "no main text found in the page", requestedUrl, html);
        }
        if (title == null || title.isBlank()) {
            title = article.getTitle();
        }
        Map<String, String> attributes = new HashMap<>();
        putIfPresent(attributes, "siteName", meta(doc, "og:site_name"));
        putIfPresent(attributes, "author", firstNonBlank(meta(doc, "author"), article.getByline()));
        putIfPresent(attributes, "fetchedUrl", finalUrl.equals(requestedUrl) ? null : finalUrl);
        if (publishedRaw != null && published == null) {
            attributes.put("publishedRaw", publishedRaw);
        }
        return SourceRecord.parsed(new ArticleDraft(null, canonical, null, title, text, published, Origin.PAGE,
                requestedUrl, requestedUrl, attributes, html));
    }

    private static Optional<JsonNode> jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticleNode(JSON.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // broken JSON-LD is common in the wild and only ever a hint
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticleNode(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                Optional<JsonNode> found = findArticleNode(child);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (node.has("@graph")) {
            return findArticleNode(node.get("@graph"));
        }
        return node.has("headline") || node.has("datePublished") ? Optional.of(node) : Optional.empty();
    }

    private static String jsonLdText(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        return value.isValueNode() ? value.asText() : null;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static SourceRecord reject(RejectReason reason, String message, String url, byte[] html) {
        return SourceRecord.rejected(Rejection.of(reason, message, url, Origin.PAGE, html));
    }
}
