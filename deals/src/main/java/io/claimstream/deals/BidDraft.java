package io.claimstream.deals;

import io.claimstream.schema.Bid;
import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Consideration;
import io.claimstream.schema.Contradiction;
import io.claimstream.schema.ContradictionKind;
import io.claimstream.schema.CopyRef;
import io.claimstream.schema.Entity;
import io.claimstream.schema.Polarity;
import io.claimstream.schema.StatusChange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bid being updated. Works on copies: the Bid it was made from is never modified, since the caller (a state store)
 * may still hold it.
 */
final class BidDraft {

    private static final Comparator<Consideration> OFFER_ORDER = Comparator
            .comparing(Consideration::getKind)
            .thenComparing(c -> c.getSurface().toLowerCase(Locale.ROOT))
            .thenComparing(c -> c.getAmount() == null ? -1d : c.getAmount())
            .thenComparing(c -> c.getCurrency() == null ? "" : c.getCurrency());

    private final DealRules rules;
    private final Entity bidder;
    private final List<BidEvidence> evidence;
    private final List<Contradiction> contradictions;
    private final List<StatusChange> previousTimeline;
    private final TreeSet<String> seeks;
    private final TreeSet<Consideration> offers;
    private final TreeSet<String> sources;
    private String initiatedBy;
    private boolean hedged;
    private boolean incumbent;
    private Instant firstSeenAt;
    private Instant lastSeenAt;
    private int overflowPieces;
    private int overflowMentions;
    private List<StatusChange> timeline;
    private BidStatus status;
    private int independentSources;
    private int mentions;

    private BidDraft(DealRules rules, Entity bidder, Bid from, PieceIndex index) {
        this.rules = rules;
        this.bidder = bidder;
        this.evidence = new ArrayList<>(from == null ? List.of() : from.getEvidence());
        this.contradictions = new ArrayList<>(from == null ? List.of() : from.getContradictions());
        this.previousTimeline = from == null ? List.of() : List.copyOf(from.getTimeline());
        this.timeline = previousTimeline;
        this.seeks = new TreeSet<>(from == null ? List.of() : from.getSeeks());
        this.offers = new TreeSet<>(OFFER_ORDER);
        if (from != null) {
            offers.addAll(from.getOffers());
        }
        this.sources = new TreeSet<>(from == null ? List.of() : from.getSources());
        this.initiatedBy = from == null ? null : from.getInitiatedBy();
        this.hedged = from == null || from.getHedged();
        this.incumbent = from != null && from.getIncumbent();
        this.firstSeenAt = from == null ? null : from.getFirstSeenAt();
        this.lastSeenAt = from == null ? null : from.getLastSeenAt();
        this.status = from == null ? BidStatus.RUMOURED : from.getStatus();
        // What the counts hold beyond the retained evidence (evicted pieces and articles) is carried over as-is.
        this.overflowPieces = from == null ? 0 : Math.max(0, from.getIndependentSources() - PieceIndex.pieces(evidence));
        this.overflowMentions = from == null ? 0 : Math.max(0, from.getMentions() - index.mentions(evidence));
    }

    static BidDraft of(DealRules rules, Entity bidder, Bid from, PieceIndex index) {
        return new BidDraft(rules, bidder, from, index);
    }

    /** Adds one claim, already known to belong to this bid and not applied before. */
    void add(Claim claim, BidEvidence added, String hostId, PieceIndex index) {
        boolean asserted = claim.getPolarity() == Polarity.ASSERTED;
        detectPolarityContradictions(added);
        if (asserted) {
            detectConsiderationContradictions(claim, added);
            if (StatusTable.isOpeningMove(claim.getAction())) {
                trackInitiator(claim.getActor().getId(), hostId, added);
            }
            // once said to hold the resource, a bidder stays the incumbent: a later wish does not undo the position
            incumbent = incumbent || claim.getActor().getId().equals(bidder.getId()) && rules.saysIncumbent(claim);
            capInto(seeks, claim.getAssets());
            for (Consideration c : claim.getConsideration()) {
                if (offers.size() < rules.limits().listEntriesPerBid()) {
                    offers.add(c);
                }
            }
        }
        insertByEventTime(added);
        hedged = hedged && claim.getHedged();
        Instant at = EvidenceOrder.at(added);
        firstSeenAt = firstSeenAt == null || at.isBefore(firstSeenAt) ? at : firstSeenAt;
        lastSeenAt = lastSeenAt == null || at.isAfter(lastSeenAt) ? at : lastSeenAt;
        evictBeyondCap(index);
        refreshCorroboration(index);
        refoldTimeline();
    }

    /** Re-points evidence at the pieces the index now knows, and recounts. */
    void remap(PieceIndex index) {
        evidence.replaceAll(e -> {
            String piece = index.pieceOf(e.getArticleId());
            return piece.equals(e.getPieceId()) ? e : BidEvidence.newBuilder(e).setPieceId(piece).build();
        });
        refreshCorroboration(index);
    }

    boolean supportsPiece(String pieceId) {
        return evidence.stream().anyMatch(e -> e.getPieceId().equals(pieceId));
    }

    Bid build() {
        return Bid.newBuilder()
                .setBidder(bidder)
                .setStatus(status)
                .setSeeks(new ArrayList<>(seeks))
                .setOffers(new ArrayList<>(offers))
                .setInitiatedBy(initiatedBy)
                .setIndependentSources(independentSources)
                .setMentions(mentions)
                .setSources(new ArrayList<>(sources))
                .setHedged(hedged && !evidence.isEmpty())
                .setEvidence(new ArrayList<>(evidence))
                .setContradictions(sortedContradictions())
                .setTimeline(new ArrayList<>(timeline))
                .setFirstSeenAt(firstSeenAt)
                .setLastSeenAt(lastSeenAt)
                .setIncumbent(incumbent)
                .build();
    }

    /** In event-time order of their evidence, so that the list does not depend on arrival order. */
    private List<Contradiction> sortedContradictions() {
        List<Contradiction> sorted = new ArrayList<>(contradictions);
        sorted.sort(Comparator.comparing((Contradiction c) -> c.getFirst(), EvidenceOrder.BY_TIME_THEN_ID)
                .thenComparing(Contradiction::getSecond, EvidenceOrder.BY_TIME_THEN_ID)
                .thenComparing(Contradiction::getKind));
        return sorted;
    }

    // --- corroboration -------------------------------------------------------------------------------------------

    private void refreshCorroboration(PieceIndex index) {
        independentSources = PieceIndex.pieces(evidence) + overflowPieces;
        mentions = index.mentions(evidence) + overflowMentions;
        for (BidEvidence e : evidence) {
            addSource(e.getSourceDomain());
            for (CopyRef copy : index.copiesOf(e.getPieceId())) {
                addSource(copy.getSourceDomain());
            }
        }
    }

    private void addSource(String domain) {
        if (domain != null && sources.size() < rules.limits().listEntriesPerBid()) {
            sources.add(domain);
        }
    }

    private void capInto(TreeSet<String> target, List<String> values) {
        for (String v : values) {
            if (target.size() < rules.limits().listEntriesPerBid()) {
                target.add(v);
            }
        }
    }

    // --- evidence ------------------------------------------------------------------------------------------------

    /**
     * Keeps evidence in event-time order; equal times are ordered by claim id, not arrival, because claims of one
     * instant reach a deal from several partitions in an order that differs between runs.
     */
    private void insertByEventTime(BidEvidence added) {
        Instant at = EvidenceOrder.at(added);
        int i = evidence.size();
        while (i > 0 && (EvidenceOrder.at(evidence.get(i - 1)).isAfter(at)
                || (EvidenceOrder.at(evidence.get(i - 1)).equals(at) && evidence.get(i - 1).getClaimId().compareTo(added.getClaimId()) > 0))) {
            i--;
        }
        evidence.add(i, added);
    }

    /**
     * Keeps the latest evidence. The earliest opening move is pinned: it is what the initiator is judged against.
     * What eviction takes out of the counts moves into the overflow, so counts never drop when evidence is capped.
     */
    private void evictBeyondCap(PieceIndex index) {
        int cap = rules.limits().evidencePerBid();
        if (evidence.size() <= cap) {
            return;
        }
        int piecesBefore = PieceIndex.pieces(evidence);
        int mentionsBefore = index.mentions(evidence);
        Optional<BidEvidence> pinned = earliestOpeningMove();
        int i = 0;
        while (evidence.size() > cap && i < evidence.size()) {
            if (pinned.isPresent() && evidence.get(i) == pinned.get()) {
                i++;
            } else {
                evidence.remove(i);
            }
        }
        overflowPieces += piecesBefore - PieceIndex.pieces(evidence);
        overflowMentions += mentionsBefore - index.mentions(evidence);
    }

    private Optional<BidEvidence> earliestOpeningMove() {
        return evidence.stream()
                .filter(e -> e.getPolarity() == Polarity.ASSERTED && StatusTable.isOpeningMove(e.getAction()))
                .min(EvidenceOrder.BY_TIME_THEN_ID);
    }

    // --- timeline ------------------------------------------------------------------------------------------------

    /**
     * Replays the status signals of the retained evidence in event-time order. Changes made by evicted claims are
     * kept as a frozen prefix, so a capped bid keeps its history.
     */
    private void refoldTimeline() {
        Set<String> retained = new HashSet<>();
        evidence.forEach(e -> retained.add(e.getClaimId()));
        List<StatusChange> changes = new ArrayList<>();
        for (StatusChange change : previousTimeline) {
            if (!retained.contains(change.getClaimId())) {
                changes.add(change);
            }
        }
        changes.sort(Comparator.comparing(StatusChange::getAt));
        BidStatus current = changes.isEmpty() ? null : changes.get(changes.size() - 1).getStatus();
        // Claims of one instant are one moment: the weaker signals go first so that the moment ends on its strongest
        // (terminal ones last); ingest order settles the rest. Stable sort: evidence is already in ingest order.
        List<BidEvidence> replay = new ArrayList<>(evidence);
        replay.sort(Comparator.comparing(EvidenceOrder::at).thenComparingInt(BidDraft::signalOrder)
                .thenComparing(BidEvidence::getClaimId));
        for (BidEvidence e : replay) {
            Optional<BidStatus> signal = StatusTable.signal(e.getAction(), e.getPolarity(), e.getHedged());
            if (signal.isEmpty()) {
                continue;
            }
            BidStatus next = StatusTable.next(current, signal.get());
            if (next != current) {
                changes.add(new StatusChange(next, EvidenceOrder.at(e), e.getClaimId(), e.getArticleId()));
                current = next;
            }
        }
        int cap = rules.limits().timelinePerBid();
        timeline = changes.size() > cap ? List.copyOf(changes.subList(changes.size() - cap, changes.size())) : changes;
        status = current == null ? BidStatus.RUMOURED : current;
    }

    private static int signalOrder(BidEvidence e) {
        return StatusTable.signal(e.getAction(), e.getPolarity(), e.getHedged()).map(Enum::ordinal).orElse(-1);
    }

    // --- contradictions ------------------------------------------------------------------------------------------

    /**
     * A negated claim contradicts an asserted one of the same or a later stage on the same bid, from another piece.
     * An assertion that comes more than the progress window after the negation is progress, not a contradiction
     * ("not yet signed" in March, "signed" in June).
     */
    private void detectPolarityContradictions(BidEvidence added) {
        for (BidEvidence other : List.copyOf(evidence)) {
            if (other.getPolarity() == added.getPolarity() || other.getPieceId().equals(added.getPieceId())) {
                continue;
            }
            BidEvidence negated = added.getPolarity() == Polarity.NEGATED ? added : other;
            BidEvidence asserted = negated == added ? other : added;
            int negatedStage = StatusTable.stage(negated.getAction());
            if (negatedStage == 0 || StatusTable.stage(asserted.getAction()) < negatedStage) {
                continue;
            }
            Duration lead = Duration.between(EvidenceOrder.at(negated), EvidenceOrder.at(asserted));
            if (lead.compareTo(rules.progressWindow()) > 0) {
                continue;
            }
            Contradiction candidate = Contradictions.of(ContradictionKind.POLARITY, bidder.getId() + " bid",
                    negated.getAction() + " negated", negated, asserted.getAction() + " asserted", asserted);
            int existing = indexOf(c -> Contradictions.samePieces(c, ContradictionKind.POLARITY, negated, asserted));
            if (existing < 0) {
                addContradiction(candidate);
            } else if (Contradictions.representsBetter(candidate, contradictions.get(existing))) {
                // One contradiction per pair of pieces, told with the same two claims whatever order they arrived in.
                contradictions.set(existing, candidate);
            }
        }
    }

    /**
     * Incompatible considerations (pairs from the rules, e.g. troops vs equipment only). The evidence of the kind
     * already on the bid is the earliest retained asserted evidence whose sentence holds one of its surfaces: the
     * schema keeps considerations per bid, not per evidence.
     */
    private void detectConsiderationContradictions(Claim claim, BidEvidence added) {
        Set<String> newKinds = new TreeSet<>();
        claim.getConsideration().forEach(c -> newKinds.add(c.getKind()));
        for (String newKind : newKinds) {
            for (Consideration existing : List.copyOf(offers)) {
                String oldKind = existing.getKind();
                if (newKinds.contains(oldKind) || !rules.incompatible(newKind, oldKind)) {
                    continue;
                }
                Optional<BidEvidence> other = evidenceMentioning(oldKind);
                if (other.isEmpty() || other.get().getPieceId().equals(added.getPieceId())) {
                    continue;
                }
                if (contradictions.stream().anyMatch(c -> Contradictions.samePieces(c, ContradictionKind.CONSIDERATION, other.get(), added))) {
                    continue;
                }
                addContradiction(Contradictions.of(ContradictionKind.CONSIDERATION, bidder.getId() + " bid consideration",
                        oldKind, other.get(), newKind, added));
            }
        }
    }

    /**
     * The earliest asserted evidence offering this kind: by the kinds the evidence records, or, for evidence written
     * before {@code BidEvidence.considerationKinds} existed, by the consideration's surface in its sentence.
     */
    private Optional<BidEvidence> evidenceMentioning(String kind) {
        List<String> surfaces = offers.stream().filter(c -> c.getKind().equals(kind))
                .map(c -> c.getSurface().toLowerCase(Locale.ROOT)).toList();
        return evidence.stream()
                .filter(e -> e.getPolarity() == Polarity.ASSERTED)
                .filter(e -> e.getConsiderationKinds().isEmpty() && e.getActor() == null
                        ? surfaces.stream().anyMatch(s -> e.getSentence().toLowerCase(Locale.ROOT).contains(s))
                        : e.getConsiderationKinds().contains(kind))
                .min(EvidenceOrder.BY_TIME_THEN_ID);
    }

    /**
     * Who made the first move: the actor of the earliest opening move (offer, proposal, request). When both host and
     * bidder are said to have moved first, one INITIATOR contradiction holds the earliest move of each side; it is
     * refined, never duplicated, as earlier moves arrive.
     */
    private void trackInitiator(String actorId, String hostId, BidEvidence added) {
        int existing = indexOfInitiatorContradiction();
        if (existing < 0) {
            if (initiatedBy == null) {
                initiatedBy = actorId;
                return;
            }
            Optional<BidEvidence> earliest = earliestOpeningMove();
            if (actorId.equals(initiatedBy) || earliest.isEmpty()) {
                return;
            }
            String previous = initiatedBy;
            if (EvidenceOrder.before(added, earliest.get())) {
                initiatedBy = actorId;
            }
            addContradiction(initiatorContradiction(actorId, added, previous, earliest.get()));
            return;
        }
        Contradiction c = contradictions.get(existing);
        String firstSide = initiatedBy;
        String secondSide = firstSide.equals(hostId) ? bidder.getId() : hostId;
        BidEvidence first = c.getFirst();
        BidEvidence second = c.getSecond();
        if (actorId.equals(firstSide)) {
            first = EvidenceOrder.before(added, first) ? added : first;
        } else if (EvidenceOrder.before(added, first)) {
            second = first;
            secondSide = firstSide;
            first = added;
            firstSide = actorId;
            initiatedBy = actorId;
        } else {
            second = EvidenceOrder.before(added, second) ? added : second;
        }
        contradictions.set(existing, initiatorContradiction(firstSide, first, secondSide, second));
    }

    private Contradiction initiatorContradiction(String sideA, BidEvidence a, String sideB, BidEvidence b) {
        return Contradictions.of(ContradictionKind.INITIATOR, "who moved first", sideA + " moved first", a, sideB + " moved first", b);
    }

    private int indexOfInitiatorContradiction() {
        for (int i = 0; i < contradictions.size(); i++) {
            if (contradictions.get(i).getKind() == ContradictionKind.INITIATOR) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(java.util.function.Predicate<Contradiction> p) {
        for (int i = 0; i < contradictions.size(); i++) {
            if (p.test(contradictions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void addContradiction(Contradiction c) {
        if (contradictions.size() < rules.limits().contradictionsPerBid()) {
            contradictions.add(c);
        }
    }
}
