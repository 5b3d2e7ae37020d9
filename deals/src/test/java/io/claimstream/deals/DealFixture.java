package io.claimstream.deals;

import io.claimstream.schema.Bid;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.PieceCopies;

import java.util.List;

/** The DRC deal and helpers to fold claims into it. */
final class DealFixture {

    static final DealAggregator AGGREGATOR = DealAggregator.withDefaultRules();

    private DealFixture() { }

    static DealState drcDeal() {
        return AGGREGATOR.initial(AGGREGATOR.assigner().keyFor("CD", "critical-minerals").orElseThrow());
    }

    static DealState drcDealWith(Claim... claims) {
        return applyAll(drcDeal(), List.of(claims));
    }

    static DealState applyAll(DealState state, List<Claim> claims) {
        DealState current = state;
        for (Claim claim : claims) {
            current = AGGREGATOR.apply(current, claim);
        }
        return current;
    }

    static DealState withCopies(DealState state, PieceCopies copies) {
        return AGGREGATOR.applyCopies(state, copies);
    }

    static Bid bidOf(DealState state, String bidderId) {
        return state.getBids().stream().filter(b -> b.getBidder().getId().equals(bidderId)).findFirst()
                .orElseThrow(() -> new AssertionError("no bid by " + bidderId + " in " + state.getDealId()));
    }
}
