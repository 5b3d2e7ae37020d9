package io.claimstream.dedup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.corpus.LabelledCorpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads a labelled corpus directory (articles.jsonl + labels.jsonl), keeping the file order as arrival order. */
public final class CorpusReader {

    private CorpusReader() {
    }

    public static List<CorpusArticle> read(Path dir) {
        LabelledCorpus corpus = LabelledCorpus.read(dir);
        List<CorpusArticle> articles = new ArrayList<>();
        corpus.articles().forEach((id, a) -> articles.add(new CorpusArticle(id, text(a, "url"), text(a, "source"),
                text(a, "title"), date(text(a, "published")), a.hasNonNull("lang") ? a.get("lang").asText() : "unknown",
                text(a, "text"), corpus.story(id), corpus.half(id))));
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
