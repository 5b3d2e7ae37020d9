package io.claimstream.deals;

import io.claimstream.schema.BidEvidence;

import java.time.Instant;
import java.util.Comparator;

/** Event-time order of evidence. BidEvidence.publishedAt holds the event time (published, else ingest time). */
final class EvidenceOrder {

    private EvidenceOrder() { }

    static Instant at(BidEvidence e) {
        return e.getPublishedAt() == null ? Instant.EPOCH : e.getPublishedAt();
    }

    /** Strict order for choosing canonical evidence: event time, then claim id. */
    static final Comparator<BidEvidence> BY_TIME_THEN_ID =
            Comparator.comparing(EvidenceOrder::at).thenComparing(BidEvidence::getClaimId);

    static boolean before(BidEvidence a, BidEvidence b) {
        return BY_TIME_THEN_ID.compare(a, b) < 0;
    }
}
