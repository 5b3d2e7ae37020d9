package io.claimstream.producer.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.producer.text.PublishedDates;
import io.claimstream.producer.text.StrictUtf8;
import io.claimstream.schema.Origin;
import java.util.HashMap;
import java.util.Map;

/**
 * One JSON-lines article in the corpus format: {@code id, url, source, title, published, lang, text}. Unknown fields
 * are ignored; a stated {@code lang} is kept as the attribute {@code declaredLanguage} (detection decides
 * {@code language}); an unreadable {@code published} is kept as {@code publishedRaw} rather than guessed.
 */
public final class JsonLineParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLineParser() {
    }

    public static SourceRecord parse(byte[] line, Origin origin, String originRef, String source) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(line);
        if (decoded instanceof StrictUtf8.Binary b) {
            return SourceRecord.rejected(Rejection.of(RejectReason.BINARY_CONTENT, b.why(), source, origin, line));
        }
        if (decoded instanceof StrictUtf8.Invalid i) {
            return SourceRecord.rejected(Rejection.of(RejectReason.INVALID_UTF8, i.why(), source, origin, line));
        }
        JsonNode node;
        try {
            node = JSON.readTree(((StrictUtf8.Text) decoded).value());
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            return SourceRecord.rejected(new Rejection(RejectReason.MALFORMED_JSON, e.getClass().getName(),
                    message == null ? "not JSON" : message, source, origin, line));
        }
        if (node == null || !node.isObject()) {
            return SourceRecord.rejected(Rejection.of(RejectReason.MALFORMED_JSON,
                    "expected a JSON object per line", source, origin, line));
        }
        Map<String, String> attributes = new HashMap<>();
        String lang = text(node, "lang");
        if (lang != null && !lang.isBlank()) {
            attributes.put("declaredLanguage", lang);
        }
        String published = text(node, "published");
        var publishedAt = PublishedDates.parse(published);
        if (published != null && !published.isBlank() && publishedAt.isEmpty()) {
            attributes.put("publishedRaw", published);
        }
        return SourceRecord.parsed(new ArticleDraft(text(node, "id"), text(node, "url"), text(node, "source"),
                text(node, "title"), text(node, "text"), publishedAt.orElse(null), origin, originRef, source,
                attributes, line));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }
}
