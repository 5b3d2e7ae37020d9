package io.claimstream.deals;

import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.Consideration;
import io.claimstream.schema.Contradiction;
import io.claimstream.schema.ContradictionKind;
import io.claimstream.schema.Entity;
import io.claimstream.schema.Polarity;
import io.claimstream.schema.StatusChange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a bid's retained evidence says: status and timeline, who moved first, and where the reports disagree. Read
 * afresh from the evidence on every change, in event-time order, so that it cannot depend on arrival order.
 */
final class EvidenceReading {

    private final DealRules rules;
    private final Entity bidder;
    private final List<BidEvidence> evidence;
    private final Collection<Consideration> offers;
    private final List<StatusChange> timeline = new ArrayList<>();
    private BidStatus status = BidStatus.RUMOURED;

    EvidenceReading(DealRules rules, Entity bidder, List<BidEvidence> evidence, Collection<Consideration> offers) {
        this.rules = rules;
        this.bidder = bidder;
        this.evidence = new ArrayList<>(evidence);
        this.evidence.sort(EvidenceOrder.BY_TIME_THEN_ID);
        this.offers = offers;
        foldTimeline();
    }

    BidStatus status() {
        return status;
    }

    List<StatusChange> timeline() {
        int cap = rules.limits().timelinePerBid();
        return new ArrayList<>(timeline.size() > cap ? timeline.subList(timeline.size() - cap, timeline.size()) : timeline);
    }

    /** The actor of the earliest asserted opening move (offer, proposal, request), when the evidence names it. */
    Optional<String> initiatedBy() {
        return openingMoves().stream().findFirst().map(BidEvidence::getActor);
    }

    /** In event-time order of their evidence, capped. */
    List<Contradiction> contradictions() {
        List<Contradiction> all = new ArrayList<>();
        all.addAll(polarityContradictions());
        all.addAll(considerationContradictions());
        initiatorContradiction().ifPresent(all::add);
        all.sort(Comparator.comparing(Contradiction::getFirst, EvidenceOrder.BY_TIME_THEN_ID)
                .thenComparing(Contradiction::getSecond, EvidenceOrder.BY_TIME_THEN_ID)
                .thenComparing(Contradiction::getKind));
        int cap = rules.limits().contradictionsPerBid();
        return new ArrayList<>(all.size() > cap ? all.subList(0, cap) : all);
    }

    // --- timeline ------------------------------------------------------------------------------------------------

    /**
     * Replays the status signals in event-time order. Claims of one instant are one moment: the weaker signals go
     * first so that the moment ends on its strongest (terminal ones last); claim ids settle the rest.
     */
    private void foldTimeline() {
        List<BidEvidence> replay = new ArrayList<>(evidence);
        replay.sort(Comparator.comparing(EvidenceOrder::at).thenComparingInt(EvidenceReading::signalOrder)
                .thenComparing(BidEvidence::getClaimId));
        BidStatus current = null;
        for (BidEvidence e : replay) {
            Optional<BidStatus> signal = StatusTable.signal(e.getAction(), e.getPolarity(), e.getHedged());
            if (signal.isEmpty()) {
                continue;
            }
            BidStatus next = StatusTable.next(current, signal.get());
            if (next != current) {
                timeline.add(new StatusChange(next, EvidenceOrder.at(e), e.getClaimId(), e.getArticleId()));
                current = next;
            }
        }
        status = current == null ? BidStatus.RUMOURED : current;
    }

    private static int signalOrder(BidEvidence e) {
        return StatusTable.signal(e.getAction(), e.getPolarity(), e.getHedged()).map(Enum::ordinal).orElse(-1);
    }

    // --- contradictions ------------------------------------------------------------------------------------------

    /**
     * A negated claim contradicts an asserted one of the same or a later stage on the same bid, from another piece.
     * An assertion that comes more than the progress window after the negation is progress, not a contradiction
     * ("not yet signed" in March, "signed" in June). One per pair of pieces, told with their earliest such claims.
     */
    private Collection<Contradiction> polarityContradictions() {
        Map<String, Contradiction> byPiecePair = new TreeMap<>();
        for (BidEvidence negated : evidence) {
            int negatedStage = StatusTable.stage(negated.getAction());
            if (negated.getPolarity() != Polarity.NEGATED || negatedStage == 0) {
                continue;
            }
            for (BidEvidence asserted : evidence) {
                if (asserted.getPolarity() != Polarity.ASSERTED || asserted.getPieceId().equals(negated.getPieceId())
                        || StatusTable.stage(asserted.getAction()) < negatedStage) {
                    continue;
                }
                Duration lead = Duration.between(EvidenceOrder.at(negated), EvidenceOrder.at(asserted));
                if (lead.compareTo(rules.progressWindow()) > 0) {
                    continue;
                }
                Contradiction candidate = Contradictions.of(ContradictionKind.POLARITY, bidder.getId() + " bid",
                        negated.getAction() + " negated", negated, asserted.getAction() + " asserted", asserted);
                byPiecePair.merge(Contradictions.key(candidate), candidate,
                        (current, next) -> Contradictions.representsBetter(next, current) ? next : current);
            }
        }
        return byPiecePair.values();
    }

    /**
     * Incompatible considerations (pairs from the rules, e.g. troops vs equipment only): for each pair of kinds, the
     * earliest claim offering one without the other against the earliest from another piece offering the other.
     */
    private List<Contradiction> considerationContradictions() {
        List<Contradiction> found = new ArrayList<>();
        for (List<String> pair : rules.incompatibleConsiderations()) {
            if (pair.size() != 2) {
                continue;
            }
            String kindA = pair.get(0);
            String kindB = pair.get(1);
            List<BidEvidence> offersA = offering(kindA, kindB);
            List<BidEvidence> offersB = offering(kindB, kindA);
            Contradiction best = null;
            for (BidEvidence a : offersA) {
                for (BidEvidence b : offersB) {
                    if (a.getPieceId().equals(b.getPieceId())) {
                        continue;
                    }
                    Contradiction candidate = Contradictions.of(ContradictionKind.CONSIDERATION,
                            bidder.getId() + " bid consideration", kindA, a, kindB, b);
                    best = best == null || Contradictions.representsBetter(candidate, best) ? candidate : best;
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        return found;
    }

    /** Asserted evidence offering {@code kind} and not {@code other}: one claim offering both disputes nothing. */
    private List<BidEvidence> offering(String kind, String other) {
        return evidence.stream()
                .filter(e -> e.getPolarity() == Polarity.ASSERTED)
                .filter(e -> {
                    List<String> kinds = kindsOf(e);
                    return kinds.contains(kind) && !kinds.contains(other);
                })
                .toList();
    }

    /**
     * The kinds the evidence records, or, for evidence written before {@code BidEvidence.considerationKinds} existed,
     * the kinds of the bid's considerations whose surface its sentence holds.
     */
    private List<String> kindsOf(BidEvidence e) {
        if (!e.getConsiderationKinds().isEmpty() || e.getActor() != null) {
            return e.getConsiderationKinds();
        }
        String sentence = e.getSentence().toLowerCase(Locale.ROOT);
        return offers.stream().filter(c -> sentence.contains(c.getSurface().toLowerCase(Locale.ROOT)))
                .map(Consideration::getKind).distinct().toList();
    }

    /**
     * When two sides are each said to have moved first: the earliest opening move against the earliest one by
     * another actor.
     */
    private Optional<Contradiction> initiatorContradiction() {
        List<BidEvidence> moves = openingMoves();
        if (moves.isEmpty()) {
            return Optional.empty();
        }
        BidEvidence first = moves.get(0);
        return moves.stream().filter(m -> !m.getActor().equals(first.getActor())).findFirst()
                .map(other -> Contradictions.of(ContradictionKind.INITIATOR, "who moved first",
                        first.getActor() + " moved first", first, other.getActor() + " moved first", other));
    }

    private List<BidEvidence> openingMoves() {
        return evidence.stream()
                .filter(e -> e.getPolarity() == Polarity.ASSERTED && StatusTable.isOpeningMove(e.getAction()))
                .filter(e -> e.getActor() != null)
                .toList();
    }
}
