package io.claimstream.streams.stages;

import io.claimstream.deals.BidUpdates;
import io.claimstream.deals.DealAggregator;
import io.claimstream.deals.DealKey;
import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.PieceCopies;
import io.claimstream.streams.topology.DealStage;
import java.util.List;
import java.util.Optional;

/** The deals module behind the topology's {@link DealStage} port. */
public final class DealLogic implements DealStage {

    private final DealAggregator aggregator;

    public DealLogic(DealAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @Override
    public List<Optional<String>> dealIds(List<Claim> claimsOfOneArticle) {
        return aggregator.assigner().assignAll(claimsOfOneArticle).stream().map(key -> key.map(DealKey::dealId)).toList();
    }

    @Override
    public DealState apply(DealState state, Claim claim) {
        DealState current = state == null ? aggregator.empty() : state;
        // Event time is the published time; the ingest time stands in when the source did not say.
        return claim.getIngestedAt() == null ? aggregator.apply(current, claim) : aggregator.apply(current, claim, claim.getIngestedAt());
    }

    @Override
    public DealState applyCopies(DealState state, PieceCopies copies) {
        return state == null ? null : aggregator.applyCopies(state, copies);
    }

    @Override
    public List<BidUpdate> updates(DealState before, DealState after) {
        return before == after ? List.of() : BidUpdates.between(before, after);
    }
}
