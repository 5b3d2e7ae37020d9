package io.claimstream.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled corpus directory: {@code articles.jsonl} (id, url, source, title, published, lang, text) and
 * {@code labels.jsonl} (id, story, near_duplicate_of, dup_kind, deal_topics, bidders_mentioned, claims), one JSON
 * object a line, as in shared/corpus/dev. Articles keep their file order, which evaluations use as arrival order.
 */
public final class LabelledCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, JsonNode> articles;
    private final Map<String, JsonNode> labels;

    private LabelledCorpus(Path dir, Map<String, JsonNode> articles, Map<String, JsonNode> labels) {
        this.dir = dir;
        this.articles = Collections.unmodifiableMap(articles);
        this.labels = Collections.unmodifiableMap(labels);
    }

    /** True when the directory holds both files (evaluations that need a corpus are skipped otherwise). */
    public static boolean present(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve("articles.jsonl")) && Files.isRegularFile(dir.resolve("labels.jsonl"));
    }

    public static LabelledCorpus read(Path dir) {
        return new LabelledCorpus(dir, readJsonl(dir.resolve("articles.jsonl")), readJsonl(dir.resolve("labels.jsonl")));
    }

    public Path dir() {
        return dir;
    }

    /** Articles by id, in file order. */
    public Map<String, JsonNode> articles() {
        return articles;
    }

    /** Labels by id. */
    public Map<String, JsonNode> labels() {
        return labels;
    }

    public List<String> ids() {
        return List.copyOf(articles.keySet());
    }

    public JsonNode label(String id) {
        return labels.get(id);
    }

    /** The article's story; an unlabelled article is a story of its own. */
    public String story(String id) {
        JsonNode label = labels.get(id);
        return label == null || !label.hasNonNull("story") ? "unlabelled:" + id : label.get("story").asText();
    }

    public Half half(String id) {
        return CorpusSplit.of(story(id));
    }

    /** One JSON object a line, by its "id", in file order (for an articles file without labels, e.g. a benchmark's). */
    public static Map<String, JsonNode> readJsonl(Path file) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (!n.hasNonNull("id")) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": a record without \"id\"");
                }
                out.put(n.get("id").asText(), n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
