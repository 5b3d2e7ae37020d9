package io.claimstream.producer.model;

/** One thing a source read: an article draft, or a rejection that names the input and the reason. */
public sealed interface SourceRecord permits SourceRecord.Parsed, SourceRecord.Rejected {

    /** Raw size of the input, for throughput figures. */
    long inputBytes();

    record Parsed(ArticleDraft draft) implements SourceRecord {
        @Override
        public long inputBytes() {
            return draft.originalBytes() == null ? 0 : draft.originalBytes().length;
        }
    }

    record Rejected(Rejection rejection) implements SourceRecord {
        @Override
        public long inputBytes() {
            return rejection.originalBytes() == null ? 0 : rejection.originalBytes().length;
        }
    }

    static SourceRecord parsed(ArticleDraft draft) {
        return new Parsed(draft);
    }

    static SourceRecord rejected(Rejection rejection) {
        return new Rejected(rejection);
    }
}
