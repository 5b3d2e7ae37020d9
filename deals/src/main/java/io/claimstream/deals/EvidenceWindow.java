package io.claimstream.deals;

import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.Polarity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which evidence a bid keeps once it has more than its cap: the earliest claim of each kind that a reading of the bid
 * is anchored on (the earliest asserted opening move, for the initiator; the earliest claim of every status, for the
 * timeline), and the latest of the rest.
 *
 * <p>The kept set depends on the set of claims only, not on their arrival order: the anchors are minima, and a
 * minimum of all claims is always among the kept ones; the rest keeps {@code cap - anchors} latest, where anchors is
 * the number of anchor kinds seen so far, which only grows. So retaining from (kept + new claim) gives what retaining
 * from all claims would have given, and a claim evicted once never belongs to a later window. The rule applies below
 * the cap too (where it keeps one claim less per claim that anchors two kinds): a shortcut that kept everything up to
 * the cap would let a window that once shrank below it grow back with a claim another order had evicted.
 */
final class EvidenceWindow {

    private static final List<Predicate<BidEvidence>> ANCHORS = anchors();

    private EvidenceWindow() { }

    /** @return the evidence to keep, in event-time order (time, then claim id) */
    static List<BidEvidence> retain(List<BidEvidence> evidence, int cap) {
        List<BidEvidence> sorted = new ArrayList<>(evidence);
        sorted.sort(EvidenceOrder.BY_TIME_THEN_ID);
        Set<BidEvidence> anchored = new LinkedHashSet<>();
        int anchorKinds = 0;
        for (Predicate<BidEvidence> anchor : ANCHORS) {
            Optional<BidEvidence> earliest = sorted.stream().filter(anchor).findFirst();
            if (earliest.isPresent()) {
                anchorKinds++;
                anchored.add(earliest.get());
            }
        }
        int latest = cap - anchorKinds;
        List<BidEvidence> kept = new ArrayList<>(anchored);
        for (int i = sorted.size() - 1; i >= 0 && latest > 0; i--) {
            if (!anchored.contains(sorted.get(i))) {
                kept.add(sorted.get(i));
                latest--;
            }
        }
        kept.sort(EvidenceOrder.BY_TIME_THEN_ID);
        return kept;
    }

    private static List<Predicate<BidEvidence>> anchors() {
        List<Predicate<BidEvidence>> anchors = new ArrayList<>();
        anchors.add(e -> e.getPolarity() == Polarity.ASSERTED && StatusTable.isOpeningMove(e.getAction()));
        for (BidStatus status : BidStatus.values()) {
            anchors.add(e -> StatusTable.signal(e.getAction(), e.getPolarity(), e.getHedged()).orElse(null) == status);
        }
        return List.copyOf(anchors);
    }
}
