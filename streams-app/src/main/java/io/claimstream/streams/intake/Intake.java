package io.claimstream.streams.intake;

import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;

/** What the intake stage makes of one raw record: an article to process, or a dead letter saying why not. */
public sealed interface Intake {

    /** {@code partition}: the input partition it was read from, which fixes its dedup sequence lane. */
    record Accepted(Article article, int partition) implements Intake {
    }

    record Rejected(DeadLetter deadLetter) implements Intake {
    }
}
