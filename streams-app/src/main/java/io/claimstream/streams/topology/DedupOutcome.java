package io.claimstream.streams.topology;

import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.UniqueArticle;

/** What the dedup task forwards: never serialised, it is split into the unique and duplicates topics right away. */
sealed interface DedupOutcome {

    record Piece(UniqueArticle piece) implements DedupOutcome {
    }

    record Notice(DuplicateNotice notice) implements DedupOutcome {
    }
}
