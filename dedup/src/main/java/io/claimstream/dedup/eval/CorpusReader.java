package io.claimstream.dedup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a labelled corpus directory (articles.jsonl + labels.jsonl), keeping the file order as arrival order. */
public final class CorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {
    }

    public static List<CorpusArticle> read(Path dir) throws IOException {
        Map<String, String> stories = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode label = JSON.readTree(line);
                stories.put(label.get("id").asText(), label.get("story").asText());
            }
        }
        List<CorpusArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("articles.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = JSON.readTree(line);
            String id = a.get("id").asText();
            articles.add(new CorpusArticle(id, text(a, "url"), text(a, "source"), text(a, "title"),
                    date(text(a, "published")), a.hasNonNull("lang") ? a.get("lang").asText() : "unknown",
                    text(a, "text"), stories.getOrDefault(id, id)));
        }
        return articles;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static java.time.Instant date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e) {
            return null; // an unparseable date is treated like a missing one: dates are never invented
        }
    }
}
