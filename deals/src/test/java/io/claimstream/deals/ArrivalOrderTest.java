package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.Entity;
import io.claimstream.schema.PieceCopies;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.ClaimBuilder.day;
import static io.claimstream.deals.CopiesBuilder.copiesOf;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims reach a deal from many tasks, and the copies of a piece from another topic, in whatever order they commit:
 * the state must be a function of what arrived, not of when.
 */
class ArrivalOrderTest {

    private static final Action[] ACTIONS = {Action.SEEK, Action.OFFER, Action.PROPOSE, Action.NEGOTIATE, Action.SIGN,
            Action.OTHER, Action.INVEST, Action.DENY};
    private static final String[][] CONSIDERATIONS = {{"military_aid", "military support"}, {"equipment", "military equipment"},
            {"troops", "troops on the ground"}, {"investment", "billions in investment"}, {"security_pact", "a security pact"}};

    /** Well beyond every cap of a bid: 130 claims on two bids, from 60 articles of which 24 are copies of 8 pieces. */
    private static List<Object> arrivals() {
        List<Object> arrivals = new ArrayList<>();
        List<Entity> bidders = List.of(us(), china());
        Instant start = day("2025-02-01");
        for (int i = 0; i < 130; i++) {
            Entity bidder = bidders.get(i % 2);
            boolean hostMoves = i % 3 == 0;
            String[] consideration = CONSIDERATIONS[i % CONSIDERATIONS.length];
            ClaimBuilder claim = aClaim("claim-" + i)
                    .by(hostMoves ? drc() : bidder).to(hostMoves ? bidder : drc())
                    .does(ACTIONS[i % ACTIONS.length])
                    .inArticle("article-" + (i % 60)).from("outlet-" + (i % 17) + ".example")
                    // several claims share an instant, so ties are broken by something other than arrival
                    .publishedAt(start.plus(Duration.ofDays(i / 4)))
                    .inReturnFor(consideration[0], consideration[1])
                    .saying("Sentence " + i + " about " + consideration[1] + ".");
            if (i % 7 == 0) {
                claim.negated();
            }
            if (i % 5 == 0) {
                claim.hedgedBy("reportedly");
            }
            arrivals.add(claim.build());
        }
        for (int piece = 0; piece < 8; piece++) {
            // a piece's copies arrive as growing snapshots, in order for that piece
            CopiesBuilder copies = copiesOf("article-" + piece);
            for (int copy = 0; copy < 3; copy++) {
                copies.rewrite("article-" + (36 + piece * 3 + copy), "copy-" + copy + ".example");
                arrivals.add(copies.build());
            }
        }
        return arrivals;
    }

    private static DealState fold(List<Object> arrivals) {
        DealState deal = drcDeal();
        for (Object arrival : arrivals) {
            deal = arrival instanceof Claim claim ? AGGREGATOR.apply(deal, claim) : withCopies(deal, (PieceCopies) arrival);
        }
        return deal;
    }

    /** Shuffled, except that each piece's snapshots keep their order. */
    private static List<Object> shuffled(List<Object> arrivals, long seed) {
        List<Object> order = new ArrayList<>(arrivals);
        Collections.shuffle(order, new Random(seed));
        List<PieceCopies> snapshots = arrivals.stream().filter(PieceCopies.class::isInstance).map(PieceCopies.class::cast).toList();
        List<Object> result = new ArrayList<>();
        for (Object arrival : order) {
            if (arrival instanceof PieceCopies copies) {
                // the next snapshot of this piece not yet placed
                result.add(snapshots.stream().filter(s -> s.getPieceId().equals(copies.getPieceId()))
                        .filter(s -> result.stream().noneMatch(r -> r == s)).findFirst().orElseThrow());
            } else {
                result.add(arrival);
            }
        }
        return result;
    }

    @Test
    void theSameClaimsAndCopiesInAnyOrderGiveByteIdenticalDealStates() {
        List<Object> arrivals = arrivals();
        DealState inOrder = fold(arrivals);

        for (long seed = 1; seed <= 8; seed++) {
            DealState other = fold(shuffled(arrivals, seed));
            assertThat(other).as("arrival order with seed " + seed).isEqualTo(inOrder);
        }
        // capped: one claim anchoring two kinds (an opening move that is also the first proposal) takes one place
        assertThat(bidOf(inOrder, "US").getEvidence()).hasSizeBetween(45, 50);
        assertThat(bidOf(inOrder, "US").getPieceIds()).hasSize(bidOf(inOrder, "US").getIndependentSources());
        assertThat(bidOf(inOrder, "US").getContradictions()).isNotEmpty();
    }

    @Test
    void copiesBeforeTheirClaimsOrAfterGiveTheSameCorroboration() {
        Claim original = aClaim("c-original").inArticle("wire-1").from("wire.example").publishedOn("2025-03-19").build();
        Claim copy = aClaim("c-copy").inArticle("site-1").from("site.example").publishedOn("2025-03-20").build();
        PieceCopies copies = copiesOf("wire-1").exact("site-1", "site.example").build();

        DealState claimsFirst = withCopies(drcDealWith(original, copy), copies);
        DealState copiesFirst = applyAll(withCopies(drcDeal(), copies), List.of(copy, original));

        assertThat(copiesFirst).isEqualTo(claimsFirst);
        assertThat(bidOf(claimsFirst, "US").getIndependentSources()).isEqualTo(1);
        assertThat(bidOf(claimsFirst, "US").getMentions()).isEqualTo(2);
    }

    @Test
    void theVersionCountsWhatTheStateTookInNotHowOftenItWasUpdated() {
        PieceCopies one = copiesOf("wire-1").exact("site-1", "site.example").build();
        PieceCopies two = copiesOf("wire-1").exact("site-1", "site.example").exact("site-2", "other.example").build();
        Claim claim = aClaim("c-original").inArticle("wire-1").publishedOn("2025-03-19").build();

        DealState stepByStep = withCopies(withCopies(drcDealWith(claim), one), two);
        DealState atOnce = withCopies(drcDealWith(claim), two);

        assertThat(stepByStep.getVersion()).isEqualTo(atOnce.getVersion()).isEqualTo(3);
        assertThat(stepByStep).isEqualTo(atOnce);
    }
}
