package io.claimstream.dedup;

/**
 * The article being decided, with what every pair it is judged in would otherwise rebuild: the word index of its
 * sentences. It is built once per decision and serves every candidate, whichever of the two is the shorter (see
 * {@link SentenceAlignment#ofIndexedShorter}). Not thread-safe: one per decision.
 */
final class Probe {

    private final Fingerprint fingerprint;
    private SentenceIndex index;
    private Boolean indexServesAsShorter;
    /**
     * Shared-word counts of one pair, reused across candidates: a fresh matrix per pair was the largest allocation of
     * a decision, and allocation turns into young collections that stall the sequential decider.
     */
    private int[] sharedScratch = new int[0];

    Probe(Fingerprint fingerprint) {
        this.fingerprint = fingerprint;
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }

    /** How the shorter of this article and {@code other} aligns with the longer, as {@link SentenceAlignment#of}. */
    SentenceAlignment alignmentWith(Fingerprint other) {
        if (fingerprint.sentenceWords().length <= other.sentenceWords().length) {
            return canServeAsShorter() && SentenceAlignment.hasDistinctWords(other)
                    ? SentenceAlignment.ofIndexedShorter(fingerprint, index(), other, sharedScratch(other))
                    : SentenceAlignment.of(fingerprint, other);
        }
        return SentenceAlignment.of(other, fingerprint, index());
    }

    private int[] sharedScratch(Fingerprint other) {
        int cells = fingerprint.sentenceWords().length
                * Math.min(SentenceIndex.MAX_SENTENCES, other.sentenceWords().length);
        if (sharedScratch.length < cells) {
            sharedScratch = new int[Math.max(cells, 2 * sharedScratch.length)];
        }
        return sharedScratch;
    }

    private SentenceIndex index() {
        if (index == null) {
            index = new SentenceIndex(fingerprint.sentenceWords());
        }
        return index;
    }

    /**
     * Counting shared words from the other side gives the same counts only for sets (no word twice in a sentence, as
     * the extractor writes them), and only when the index holds every sentence of this article.
     */
    private boolean canServeAsShorter() {
        if (indexServesAsShorter == null) {
            indexServesAsShorter = fingerprint.sentenceWords().length <= SentenceIndex.MAX_SENTENCES
                    && SentenceAlignment.hasDistinctWords(fingerprint);
        }
        return indexServesAsShorter;
    }
}
