package io.claimstream.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The gold labels of a corpus (labels.jsonl), by article id. */
record Labels(Map<String, JsonNode> byId) {

    static Labels read(Path corpusDir) {
        Path file = corpusDir.resolve("labels.jsonl");
        Map<String, JsonNode> m = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    m.put(n.path("id").asText(), n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Labels(m);
    }

    String story(String id) {
        JsonNode n = byId.get(id);
        return n == null ? "unlabelled:" + id : n.path("story").asText();
    }

    Set<String> biddersMentioned(String id) {
        return strings(id, "bidders_mentioned");
    }

    Set<String> dealTopics(String id) {
        return strings(id, "deal_topics");
    }

    private Set<String> strings(String id, String field) {
        Set<String> s = new LinkedHashSet<>();
        JsonNode n = byId.get(id);
        if (n != null) {
            n.path(field).forEach(v -> s.add(v.asText()));
        }
        return s;
    }
}
