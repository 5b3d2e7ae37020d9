package io.claimstream.streams.topology;

import io.claimstream.schema.PieceDeals;
import java.util.ArrayList;
import java.util.List;

/** Adds a deal to the set of deals a piece supports; order of first appearance, no duplicates. */
final class PieceDealsAggregator {

    private PieceDealsAggregator() {
    }

    static PieceDeals add(String pieceId, String dealId, PieceDeals current) {
        List<String> deals = current == null ? new ArrayList<>() : new ArrayList<>(current.getDealIds());
        if (current != null && deals.contains(dealId)) {
            return current;
        }
        deals.add(dealId);
        return PieceDeals.newBuilder().setPieceId(pieceId).setDealIds(deals).build();
    }
}
