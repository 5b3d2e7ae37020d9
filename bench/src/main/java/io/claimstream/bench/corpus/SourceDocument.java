package io.claimstream.bench.corpus;

import java.util.List;

/** One text of the source corpus, already split: a headline (may be empty) and its body sentences in order. */
public record SourceDocument(String headline, List<String> sentences) {

    public SourceDocument {
        sentences = List.copyOf(sentences);
    }
}
