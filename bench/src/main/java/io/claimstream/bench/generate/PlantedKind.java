package io.claimstream.bench.generate;

/** What the generator made an article as: a new piece, or a planted copy of an earlier one. */
public enum PlantedKind {
    ORIGINAL,
    /** Same text, another site and URL (syndication). */
    EXACT_COPY,
    /** Same text wrapped in another site's chrome (navigation, share buttons, copyright line). */
    BOILERPLATE_COPY,
    /** Sentences reordered within paragraphs and common words swapped for synonyms. */
    REWRITE;

    public boolean isCopy() {
        return this != ORIGINAL;
    }
}
