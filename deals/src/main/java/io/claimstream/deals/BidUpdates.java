package io.claimstream.deals;

import io.claimstream.schema.Bid;
import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.BidUpdateKind;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.Contradiction;
import io.claimstream.schema.DealState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What changed between two states of one deal, as BidUpdates. Order: bids by bidder id; per bid NEW_BIDDER,
 * STATUS_CHANGED, NEW_CONTRADICTION (in the bid's contradiction order), CORROBORATION_CHANGED, NEW_EVIDENCE
 * (in event-time order). A new bidder is reported once as NEW_BIDDER, not also as new evidence.
 */
public final class BidUpdates {

    private BidUpdates() { }

    /** @param before the previous state, or null when the deal is new */
    public static List<BidUpdate> between(DealState before, DealState after) {
        Map<String, Bid> previous = new TreeMap<>();
        if (before != null) {
            before.getBids().forEach(b -> previous.put(b.getBidder().getId(), b));
        }
        List<Bid> current = new ArrayList<>(after.getBids());
        current.sort(Comparator.comparing(b -> b.getBidder().getId()));
        List<BidUpdate> updates = new ArrayList<>();
        for (Bid bid : current) {
            Bid prior = previous.get(bid.getBidder().getId());
            List<BidEvidence> added = newEvidence(prior, bid);
            String latestClaim = added.isEmpty() ? null : added.get(added.size() - 1).getClaimId();
            Instant at = at(after, added);
            if (prior == null) {
                updates.add(update(after, bid, BidUpdateKind.NEW_BIDDER, null,
                        bid.getBidder().getName() + " bids for " + after.getDealId() + " (" + bid.getStatus() + ")", latestClaim, at));
                newContradictions(null, bid).forEach(c -> updates.add(update(after, bid, BidUpdateKind.NEW_CONTRADICTION, null,
                        c.getDescription(), c.getSecond().getClaimId(), at)));
                continue;
            }
            if (prior.getStatus() != bid.getStatus()) {
                updates.add(update(after, bid, BidUpdateKind.STATUS_CHANGED, prior.getStatus(),
                        bid.getBidder().getName() + ": " + prior.getStatus() + " -> " + bid.getStatus(), latestClaim, at));
            }
            for (Contradiction c : newContradictions(prior, bid)) {
                updates.add(update(after, bid, BidUpdateKind.NEW_CONTRADICTION, null, c.getDescription(), c.getSecond().getClaimId(), at));
            }
            if (prior.getIndependentSources() != bid.getIndependentSources() || prior.getMentions() != bid.getMentions()) {
                updates.add(update(after, bid, BidUpdateKind.CORROBORATION_CHANGED, null,
                        bid.getBidder().getName() + ": " + prior.getIndependentSources() + "/" + prior.getMentions()
                                + " -> " + bid.getIndependentSources() + "/" + bid.getMentions() + " independent sources/mentions",
                        latestClaim, at));
            }
            for (BidEvidence e : added) {
                updates.add(update(after, bid, BidUpdateKind.NEW_EVIDENCE, null,
                        bid.getBidder().getName() + ": " + e.getAction() + " " + e.getPolarity().toString().toLowerCase()
                                + " (" + Contradictions.where(e) + ")", e.getClaimId(), EvidenceOrder.at(e)));
            }
        }
        return updates;
    }

    private static List<BidEvidence> newEvidence(Bid prior, Bid bid) {
        Set<String> known = new HashSet<>();
        if (prior != null) {
            prior.getEvidence().forEach(e -> known.add(e.getClaimId()));
        }
        List<BidEvidence> added = new ArrayList<>();
        for (BidEvidence e : bid.getEvidence()) {
            // Evicted evidence never comes back, so evidence absent from the prior bid is new.
            if (!known.contains(e.getClaimId())) {
                added.add(e);
            }
        }
        return added;
    }

    private static List<Contradiction> newContradictions(Bid prior, Bid bid) {
        Set<String> known = new HashSet<>();
        if (prior != null) {
            prior.getContradictions().forEach(c -> known.add(Contradictions.key(c)));
        }
        return bid.getContradictions().stream().filter(c -> !known.contains(Contradictions.key(c))).toList();
    }

    private static Instant at(DealState after, List<BidEvidence> added) {
        return added.isEmpty() ? after.getUpdatedAt() : EvidenceOrder.at(added.get(added.size() - 1));
    }

    private static BidUpdate update(DealState deal, Bid bid, BidUpdateKind kind, BidStatus previous, String description,
                                    String claimId, Instant at) {
        return BidUpdate.newBuilder()
                .setDealId(deal.getDealId())
                .setBidder(bid.getBidder())
                .setKind(kind)
                .setPreviousStatus(previous)
                .setStatus(bid.getStatus())
                .setIndependentSources(bid.getIndependentSources())
                .setMentions(bid.getMentions())
                .setDescription(description)
                .setClaimId(claimId)
                .setAt(at)
                .build();
    }
}
