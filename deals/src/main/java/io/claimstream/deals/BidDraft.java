package io.claimstream.deals;

import io.claimstream.schema.Bid;
import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Consideration;
import io.claimstream.schema.CopyRef;
import io.claimstream.schema.Entity;
import io.claimstream.schema.Polarity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A bid being updated. Works on copies: the Bid it was made from is never modified, since the caller (a state store)
 * may still hold it.
 *
 * <p>A bid is a function of the set of its claims and of the deal's copies, never of the order they arrived in: claims
 * reach a deal from many tasks in whatever order they commit, and two runs of one input must end in the same state.
 * So every field is either an order-free summary of all claims (capped sets keep their smallest entries, flags are
 * AND/OR, times are min/max) or is recomputed from the retained evidence ({@link EvidenceWindow}), which is itself a
 * function of the claims alone. Contradictions, initiator and timeline are read off that evidence on every build.
 */
final class BidDraft {

    private static final Comparator<Consideration> OFFER_ORDER = Comparator
            .comparing(Consideration::getKind)
            .thenComparing(c -> c.getSurface().toLowerCase(Locale.ROOT))
            .thenComparing(c -> c.getAmount() == null ? -1d : c.getAmount())
            .thenComparing(c -> c.getCurrency() == null ? "" : c.getCurrency());

    private final DealRules rules;
    private final Entity bidder;
    private final String legacyInitiatedBy;
    private PieceIndex index;
    private List<BidEvidence> evidence;
    private final TreeSet<String> seeks;
    private final TreeSet<Consideration> offers;
    private final TreeSet<String> sources;
    private final TreeSet<String> pieceIds;
    private boolean hedged;
    private boolean incumbent;
    private Instant firstSeenAt;
    private Instant lastSeenAt;

    private BidDraft(DealRules rules, Entity bidder, Bid from, PieceIndex index) {
        this.rules = rules;
        this.bidder = bidder;
        this.index = index;
        this.evidence = new ArrayList<>(from == null ? List.of() : from.getEvidence());
        this.seeks = new TreeSet<>(from == null ? List.of() : from.getSeeks());
        this.offers = new TreeSet<>(OFFER_ORDER);
        if (from != null) {
            offers.addAll(from.getOffers());
        }
        this.sources = new TreeSet<>(from == null ? List.of() : from.getSources());
        this.pieceIds = new TreeSet<>(from == null ? List.of() : from.getPieceIds());
        if (pieceIds.isEmpty()) {
            // a bid written before Bid.pieceIds existed: its retained evidence is what it still knows of its pieces
            evidence.forEach(e -> pieceIds.add(e.getPieceId()));
        }
        // only read when no retained opening move names its actor (evidence written before BidEvidence.actor)
        this.legacyInitiatedBy = from == null ? null : from.getInitiatedBy();
        this.hedged = from == null || from.getHedged();
        this.incumbent = from != null && from.getIncumbent();
        this.firstSeenAt = from == null ? null : from.getFirstSeenAt();
        this.lastSeenAt = from == null ? null : from.getLastSeenAt();
    }

    static BidDraft of(DealRules rules, Entity bidder, Bid from, PieceIndex index) {
        return new BidDraft(rules, bidder, from, index);
    }

    /** Adds one claim, already known to belong to this bid and not applied before. */
    void add(Claim claim, BidEvidence added) {
        if (claim.getPolarity() == Polarity.ASSERTED) {
            // once said to hold the resource, a bidder stays the incumbent: a later wish does not undo the position
            incumbent = incumbent || claim.getActor().getId().equals(bidder.getId()) && rules.saysIncumbent(claim);
            addCapped(seeks, claim.getAssets());
            addCapped(offers, claim.getConsideration());
        }
        hedged = hedged && claim.getHedged();
        Instant at = EvidenceOrder.at(added);
        firstSeenAt = firstSeenAt == null || at.isBefore(firstSeenAt) ? at : firstSeenAt;
        lastSeenAt = lastSeenAt == null || at.isAfter(lastSeenAt) ? at : lastSeenAt;
        List<BidEvidence> all = new ArrayList<>(evidence);
        all.add(added);
        evidence = EvidenceWindow.retain(all, rules.limits().evidencePerBid());
        addCapped(pieceIds, List.of(added.getPieceId()), rules.limits().piecesPerDeal());
        addSourcesOf(added.getSourceDomain(), added.getPieceId());
    }

    /** Re-points evidence and pieces at what the deal's copies now say (an "original" may turn out to be a copy). */
    void remap(PieceIndex newIndex) {
        this.index = newIndex;
        evidence.replaceAll(e -> {
            String piece = newIndex.pieceOf(e.getArticleId());
            return piece.equals(e.getPieceId()) ? e : BidEvidence.newBuilder(e).setPieceId(piece).build();
        });
        List<String> remapped = pieceIds.stream().map(newIndex::pieceOf).toList();
        pieceIds.clear();
        addCapped(pieceIds, remapped, rules.limits().piecesPerDeal());
        for (String piece : pieceIds) {
            addSourcesOf(null, piece);
        }
    }

    boolean supportsPiece(String pieceId) {
        return pieceIds.contains(pieceId);
    }

    Bid build() {
        EvidenceReading reading = new EvidenceReading(rules, bidder, evidence, offers);
        return Bid.newBuilder()
                .setBidder(bidder)
                .setStatus(reading.status())
                .setSeeks(new ArrayList<>(seeks))
                .setOffers(new ArrayList<>(offers))
                .setInitiatedBy(reading.initiatedBy().orElse(legacyInitiatedBy))
                .setIndependentSources(pieceIds.size())
                .setMentions(index.mentions(pieceIds))
                .setSources(new ArrayList<>(sources))
                .setHedged(hedged && !evidence.isEmpty())
                .setEvidence(new ArrayList<>(evidence))
                .setContradictions(reading.contradictions())
                .setTimeline(reading.timeline())
                .setFirstSeenAt(firstSeenAt)
                .setLastSeenAt(lastSeenAt)
                .setIncumbent(incumbent)
                .setPieceIds(new ArrayList<>(pieceIds))
                .build();
    }

    private void addSourcesOf(String domain, String pieceId) {
        List<String> domains = new ArrayList<>();
        if (domain != null) {
            domains.add(domain);
        }
        for (CopyRef copy : index.copiesOf(pieceId)) {
            if (copy.getSourceDomain() != null) {
                domains.add(copy.getSourceDomain());
            }
        }
        addCapped(sources, domains);
    }

    private <T> void addCapped(TreeSet<T> target, Collection<T> values) {
        addCapped(target, values, rules.limits().listEntriesPerBid());
    }

    /** Beyond the cap the largest entries go, so that the kept ones do not depend on which arrived first. */
    private static <T> void addCapped(TreeSet<T> target, Collection<T> values, int cap) {
        target.addAll(values);
        while (target.size() > cap) {
            target.pollLast();
        }
    }
}
