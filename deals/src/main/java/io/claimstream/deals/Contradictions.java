package io.claimstream.deals;

import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.Contradiction;
import io.claimstream.schema.ContradictionKind;

import java.time.ZoneOffset;

/** Builds contradiction records and the keys that make each one reported once. */
final class Contradictions {

    private Contradictions() { }

    /**
     * Identity of a contradiction across states. INITIATOR is one per bid (its evidence is refined as earlier moves
     * arrive); POLARITY is one per pair of pieces (its claims are the pieces' canonical representatives); the others
     * are one per kind and pair of claims.
     */
    static String key(Contradiction c) {
        if (c.getKind() == ContradictionKind.INITIATOR) {
            return "INITIATOR";
        }
        if (c.getKind() == ContradictionKind.POLARITY) {
            String a = c.getFirst().getPieceId();
            String b = c.getSecond().getPieceId();
            return "POLARITY|" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
        }
        return c.getKind() + "|" + c.getFirst().getClaimId() + "|" + c.getSecond().getClaimId();
    }

    /** first = the earlier of the two, so that the record does not depend on arrival order. */
    static Contradiction of(ContradictionKind kind, String what, String aSays, BidEvidence a, String bSays, BidEvidence b) {
        boolean aFirst = EvidenceOrder.before(a, b);
        BidEvidence first = aFirst ? a : b;
        BidEvidence second = aFirst ? b : a;
        String description = what + ": " + (aFirst ? aSays : bSays) + " (" + where(first) + ") vs "
                + (aFirst ? bSays : aSays) + " (" + where(second) + ")";
        return new Contradiction(kind, description, first, second);
    }

    /** The canonical representative of a pair of pieces: earliest evidence first, then the smallest claim ids. */
    static boolean representsBetter(Contradiction candidate, Contradiction current) {
        java.util.Comparator<BidEvidence> order = java.util.Comparator.comparing(EvidenceOrder::at).thenComparing(BidEvidence::getClaimId);
        int first = order.compare(candidate.getFirst(), current.getFirst());
        return first < 0 || (first == 0 && order.compare(candidate.getSecond(), current.getSecond()) < 0);
    }

    static String where(BidEvidence e) {
        String source = e.getSourceDomain() == null ? e.getArticleId() : e.getSourceDomain();
        String day = e.getPublishedAt() == null ? "?" : e.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return source + ", " + day + (e.getHedged() ? ", hedged" : "");
    }
}
