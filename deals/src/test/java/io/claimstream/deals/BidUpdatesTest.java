package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.BidUpdateKind;
import io.claimstream.schema.DealState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.CopiesBuilder.copiesOf;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

class BidUpdatesTest {

    @Test
    void firstClaimOfABidderIsANewBidder() {
        DealState before = drcDeal();
        DealState after = AGGREGATOR.apply(before, aClaim("c1").build());

        assertThat(BidUpdates.between(before, after)).singleElement().satisfies(u -> {
            assertThat(u.getKind()).isEqualTo(BidUpdateKind.NEW_BIDDER);
            assertThat(u.getBidder().getId()).isEqualTo("US");
            assertThat(u.getStatus()).isEqualTo(BidStatus.PROPOSED);
            assertThat(u.getClaimId()).isEqualTo("c1");
            assertThat(u.getDealId()).isEqualTo("CD:critical-minerals");
        });
        assertThat(BidUpdates.between(null, after)).hasSize(1);
    }

    @Test
    void progressReportsStatusCorroborationAndEvidenceInThatOrder() {
        DealState before = drcDealWith(aClaim("c1").inArticle("a1").publishedOn("2025-03-08").build());
        DealState after = AGGREGATOR.apply(before, aClaim("c2").does(Action.NEGOTIATE).inArticle("a2").publishedOn("2025-03-19").build());

        List<BidUpdate> updates = BidUpdates.between(before, after);

        assertThat(updates).extracting(BidUpdate::getKind).containsExactly(
                BidUpdateKind.STATUS_CHANGED, BidUpdateKind.CORROBORATION_CHANGED, BidUpdateKind.NEW_EVIDENCE);
        assertThat(updates.get(0).getPreviousStatus()).isEqualTo(BidStatus.PROPOSED);
        assertThat(updates.get(0).getStatus()).isEqualTo(BidStatus.NEGOTIATING);
        assertThat(updates.get(1).getIndependentSources()).isEqualTo(2);
    }

    @Test
    void newCopiesReportCorroborationOnly() {
        DealState before = drcDealWith(aClaim("c1").inArticle("piece").build());
        DealState after = withCopies(before, copiesOf("piece").rewrite("rewrite", "reuters.com").build());

        assertThat(BidUpdates.between(before, after)).singleElement().satisfies(u -> {
            assertThat(u.getKind()).isEqualTo(BidUpdateKind.CORROBORATION_CHANGED);
            assertThat(u.getMentions()).isEqualTo(2);
            assertThat(u.getIndependentSources()).isEqualTo(1);
        });
    }

    @Test
    void newContradictionIsReported() {
        DealState before = drcDealWith(aClaim("c1").inArticle("a1").publishedOn("2025-03-19").build());
        DealState after = AGGREGATOR.apply(before, aClaim("c2").does(Action.PROPOSE).negated().inArticle("a2")
                .publishedOn("2025-03-17").build());

        assertThat(BidUpdates.between(before, after)).extracting(BidUpdate::getKind)
                .contains(BidUpdateKind.NEW_CONTRADICTION);
    }

    @Test
    void updatesAreOrderedByBidder() {
        DealState before = drcDeal();
        DealState after = drcDealWith(
                aClaim("c1").by(us()).to(drc()).does(Action.SEEK).inArticle("a1").build(),
                aClaim("c2").by(qatar()).to(drc()).does(Action.COMPETE).inArticle("a1").build(),
                aClaim("c3").by(belgium()).to(drc()).does(Action.SEEK).inArticle("a1").build());

        assertThat(BidUpdates.between(before, after)).extracting(u -> u.getBidder().getId()).containsExactly("BE", "QA", "US");
    }

    @Test
    void unchangedStateHasNoUpdates() {
        DealState state = drcDealWith(aClaim("c1").build());

        assertThat(BidUpdates.between(state, state)).isEmpty();
    }
}
