package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.DealState;
import org.junit.jupiter.api.Test;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

class IncumbencyTest {

    @Test
    void aContenderSaidToDominateTheResourceIsTheIncumbent() {
        DealState deal = drcDealWith(aClaim("c1").by(china()).to(drc()).does(Action.COMPETE)
                .saying("China currently dominates Congo's mining sector.").build());

        assertThat(bidOf(deal, "CN").getIncumbent()).isTrue();
    }

    @Test
    void aContenderIsNoIncumbentWithoutWordsOfDominance() {
        DealState deal = drcDealWith(aClaim("c1").by(qatar()).to(drc()).does(Action.COMPETE)
                .saying("Qatar has emerged as a contender for Congo's minerals.").build());

        assertThat(bidOf(deal, "QA").getIncumbent()).isFalse();
    }

    @Test
    void onlyARivalryClaimMakesAnIncumbent() {
        DealState deal = drcDealWith(aClaim("c1").by(us()).to(drc()).does(Action.SEEK)
                .saying("The US wants to control the supply of cobalt.").build());

        assertThat(bidOf(deal, "US").getIncumbent()).isFalse();
    }

    @Test
    void aLaterWishDoesNotUndoIncumbency() {
        DealState deal = drcDealWith(
                aClaim("c1").by(china()).to(drc()).does(Action.COMPETE).inArticle("a1").publishedOn("2025-03-01")
                        .saying("China's stranglehold on Congolese cobalt.").build(),
                aClaim("c2").by(china()).to(drc()).does(Action.SEEK).inArticle("a2").publishedOn("2025-03-09")
                        .saying("China wants more copper.").build());

        assertThat(bidOf(deal, "CN").getIncumbent()).isTrue();
    }
}
