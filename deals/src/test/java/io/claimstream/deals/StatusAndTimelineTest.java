package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.Bid;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.StatusChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.ClaimBuilder.day;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

class StatusAndTimelineTest {

    @Test
    void interestThenOfferThenTalksClimbTheStatusLadder() {
        DealState deal = drcDealWith(
                aClaim("c1").by(us()).to(drc()).does(Action.SEEK).inArticle("a1").publishedOn("2025-03-01").build(),
                aClaim("c2").by(drc()).to(us()).does(Action.OFFER).inArticle("a2").publishedOn("2025-03-08").build(),
                aClaim("c3").by(us()).to(drc()).does(Action.NEGOTIATE).inArticle("a3").publishedOn("2025-03-19").build());

        assertThat(bidOf(deal, "US").getTimeline()).extracting(StatusChange::getStatus)
                .containsExactly(BidStatus.INTERESTED, BidStatus.PROPOSED, BidStatus.NEGOTIATING);
        assertThat(bidOf(deal, "US").getStatus()).isEqualTo(BidStatus.NEGOTIATING);
    }

    @Test
    void lateClaimIsPlacedInTimelineByEventTime() {
        DealState deal = drcDealWith(
                aClaim("talks").does(Action.NEGOTIATE).inArticle("a2").publishedOn("2025-03-19").build(),
                aClaim("interest").by(us()).to(drc()).does(Action.SEEK).inArticle("a1").publishedOn("2025-03-01").build());

        assertThat(bidOf(deal, "US").getTimeline()).extracting(StatusChange::getClaimId).containsExactly("interest", "talks");
        assertThat(bidOf(deal, "US").getTimeline()).extracting(StatusChange::getAt)
                .containsExactly(day("2025-03-01"), day("2025-03-19"));
        assertThat(bidOf(deal, "US").getStatus()).isEqualTo(BidStatus.NEGOTIATING);
    }

    @Test
    void currentStatusIsTheLatestByEventTimeNotByArrival() {
        DealState deal = drcDealWith(
                aClaim("withdrawn").by(qatar()).to(drc()).does(Action.WITHDRAW).inArticle("a3").publishedOn("2025-04-10").build(),
                aClaim("talks").by(qatar()).to(drc()).does(Action.NEGOTIATE).inArticle("a2").publishedOn("2025-03-20").build());

        assertThat(bidOf(deal, "QA").getStatus()).isEqualTo(BidStatus.WITHDRAWN);
        assertThat(bidOf(deal, "QA").getTimeline()).extracting(StatusChange::getStatus)
                .containsExactly(BidStatus.NEGOTIATING, BidStatus.WITHDRAWN);
    }

    @Test
    void aReviewOfASignedDealIsEvidenceButLeavesTheBidSigned() {
        DealState deal = drcDealWith(
                aClaim("signed").by(us()).to(drc()).does(Action.SIGN).inArticle("a1").publishedOn("2025-06-27").build(),
                aClaim("review").by(us()).to(drc()).does(Action.REVIEW).inArticle("a2").publishedOn("2025-09-01").build());

        assertThat(bidOf(deal, "US").getStatus()).isEqualTo(BidStatus.SIGNED);
        assertThat(bidOf(deal, "US").getTimeline()).extracting(StatusChange::getClaimId).containsExactly("signed");
        assertThat(bidOf(deal, "US").getEvidence()).extracting(e -> e.getClaimId()).contains("review");
    }

    @Test
    void weakerLaterSignalCorroboratesWithoutDowngrading() {
        DealState deal = drcDealWith(
                aClaim("signed").by(us()).to(drc()).does(Action.SIGN).inArticle("a1").publishedOn("2025-06-27").build(),
                aClaim("interest").by(us()).to(drc()).does(Action.SEEK).inArticle("a2").publishedOn("2025-07-01").build());

        assertThat(bidOf(deal, "US").getStatus()).isEqualTo(BidStatus.SIGNED);
        assertThat(bidOf(deal, "US").getTimeline()).hasSize(1);
    }

    @Test
    void hedgedProposalIsOnlyARumour() {
        DealState deal = drcDealWith(aClaim("c1").by(us()).to(drc()).does(Action.OFFER).hedgedBy("may").build());

        Bid us = bidOf(deal, "US");
        assertThat(us.getStatus()).isEqualTo(BidStatus.RUMOURED);
        assertThat(us.getHedged()).isTrue();
    }

    @Test
    void oneUnhedgedClaimMakesTheBidUnhedged() {
        DealState deal = drcDealWith(
                aClaim("c1").inArticle("a1").hedgedBy("reportedly").build(),
                aClaim("c2").inArticle("a2").build());

        assertThat(bidOf(deal, "US").getHedged()).isFalse();
    }

    @Test
    void negatedProposalAloneMovesNothing() {
        DealState deal = drcDealWith(aClaim("c1").does(Action.PROPOSE).negated().build());

        assertThat(bidOf(deal, "US").getStatus()).isEqualTo(BidStatus.RUMOURED);
        assertThat(bidOf(deal, "US").getTimeline()).isEmpty();
    }

    @Test
    void denialEndsABidAndALaterOfferReopensIt() {
        DealState deal = drcDealWith(
                aClaim("c1").by(qatar()).to(drc()).does(Action.COMPETE).inArticle("a1").publishedOn("2025-03-19").build(),
                aClaim("c2").by(qatar()).to(drc()).does(Action.DENY).inArticle("a2").publishedOn("2025-03-25").build(),
                aClaim("c3").by(qatar()).to(drc()).does(Action.INVEST).inArticle("a3").publishedOn("2025-05-02").build());

        assertThat(bidOf(deal, "QA").getTimeline()).extracting(StatusChange::getStatus)
                .containsExactly(BidStatus.INTERESTED, BidStatus.DENIED, BidStatus.PROPOSED);
    }

    @Test
    void claimWithoutPublishedTimeTakesTheIngestTime() {
        Instant ingested = day("2025-03-21");
        DealState deal = AGGREGATOR.apply(drcDeal(), aClaim("c1").unpublished().build(), ingested);

        assertThat(bidOf(deal, "US").getTimeline().get(0).getAt()).isEqualTo(ingested);
        assertThat(deal.getUpdatedAt()).isEqualTo(ingested);
    }

    @Test
    void updatedAtIsTheLatestEventTimeSeenNotTheClock() {
        DealState deal = drcDealWith(
                aClaim("c1").inArticle("a1").publishedOn("2025-03-19").build(),
                aClaim("c2").inArticle("a2").publishedOn("2025-03-10").build());

        assertThat(deal.getUpdatedAt()).isEqualTo(day("2025-03-19"));
        assertThat(deal.getFirstSeenAt()).isEqualTo(day("2025-03-10"));
        assertThat(deal.getVersion()).isEqualTo(2);
    }

    @Test
    void claimsInAnyOrderYieldTheSameBids() {
        List<Claim> claims = List.of(
                aClaim("c1").by(us()).to(drc()).does(Action.SEEK).inArticle("a1").from("ft.com").publishedOn("2025-03-01").build(),
                aClaim("c2").by(drc()).to(us()).does(Action.OFFER).inArticle("a2").from("wsj.com").publishedOn("2025-03-08")
                        .inReturnFor("security_pact", "formal security pact").saying("Tshisekedi offered a formal security pact deal.").build(),
                aClaim("c3").by(us()).to(drc()).does(Action.PROPOSE).inArticle("a3").from("efe.com").publishedOn("2025-03-20").build(),
                aClaim("c4").by(drc()).to(us()).does(Action.PROPOSE).negated().inArticle("a4").from("aljazeera.com").publishedOn("2025-03-17").build(),
                aClaim("c5").by(qatar()).to(drc()).via(rwanda()).does(Action.COMPETE).inArticle("a3").from("efe.com").publishedOn("2025-03-20").build(),
                aClaim("c6").by(us()).to(drc()).does(Action.NEGOTIATE).inArticle("a5").from("reuters.com").publishedOn("2025-04-02").build(),
                aClaim("c7").by(qatar()).to(drc()).does(Action.WITHDRAW).inArticle("a6").from("reuters.com").publishedOn("2025-05-02").build());
        DealState reference = applyAll(drcDeal(), claims);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Claim> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            DealState state = applyAll(drcDeal(), shuffled);
            assertThat(state.getBids()).as("order %s", shuffled.stream().map(Claim::getId).toList())
                    .isEqualTo(reference.getBids());
            assertThat(state.getUpdatedAt()).isEqualTo(reference.getUpdatedAt());
            assertThat(state.getClaimCount()).isEqualTo(reference.getClaimCount());
        }
        assertThat(bidOf(reference, "US").getStatus()).isEqualTo(BidStatus.NEGOTIATING);
        assertThat(bidOf(reference, "US").getInitiatedBy()).isEqualTo("CD");
        assertThat(bidOf(reference, "QA").getStatus()).isEqualTo(BidStatus.WITHDRAWN);
    }
}
