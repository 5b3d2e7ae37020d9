package io.claimstream.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.corpus.Half;
import io.claimstream.corpus.LabelledCorpus;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** The gold labels of a corpus (labels.jsonl) as the deal and dedup scores read them. */
record Labels(LabelledCorpus corpus) {

    static Labels read(Path corpusDir) {
        return new Labels(LabelledCorpus.read(corpusDir));
    }

    String story(String id) {
        return corpus.story(id);
    }

    Half half(String id) {
        return corpus.half(id);
    }

    Set<String> biddersMentioned(String id) {
        return strings(id, "bidders_mentioned");
    }

    Set<String> dealTopics(String id) {
        return strings(id, "deal_topics");
    }

    private Set<String> strings(String id, String field) {
        Set<String> s = new LinkedHashSet<>();
        JsonNode n = corpus.label(id);
        if (n != null) {
            n.path(field).forEach(v -> s.add(v.asText()));
        }
        return s;
    }
}
