package io.claimstream.dedup;

/** The decider's answer for one article. */
public sealed interface Decision {

    /** First seen of its piece: it becomes the canonical of later copies. */
    record Unique(String articleId) implements Decision {
    }

    /**
     * @param canonicalId the root canonical (first-seen article of the piece)
     * @param matchedId   the earlier article the verdict was made against (the root itself, or one of its copies)
     */
    record Duplicate(String articleId, String canonicalId, String matchedId, Verdict verdict) implements Decision {
    }
}
