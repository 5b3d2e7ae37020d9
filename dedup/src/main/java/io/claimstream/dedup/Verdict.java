package io.claimstream.dedup;

import io.claimstream.schema.DuplicateKind;
import java.util.List;

/** Why one article is a copy of another: the kind, the score the decision was made on, and the signals used. */
public record Verdict(DuplicateKind kind, double similarity, List<String> evidence) {

    public Verdict {
        evidence = List.copyOf(evidence);
    }
}
