package io.claimstream.streams.topology;

import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.PieceCopies;
import java.util.List;
import java.util.Optional;

/** The deal logic as the topology sees it. Pure and deterministic: replaying the same inputs gives the same states. */
public interface DealStage {

    /**
     * The deal each claim of one article is about, if any, in order: the key of claims.v1. One article at a time,
     * because a claim that names no host (a rivalry between two bidders) belongs to the deal its article is about.
     */
    List<Optional<String>> dealIds(List<Claim> claimsOfOneArticle);

    /** {@code state} is null for a deal not seen before. */
    DealState apply(DealState state, Claim claim);

    DealState applyCopies(DealState state, PieceCopies copies);

    List<BidUpdate> updates(DealState before, DealState after);
}
