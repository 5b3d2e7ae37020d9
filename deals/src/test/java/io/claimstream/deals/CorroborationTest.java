package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.Bid;
import io.claimstream.schema.DealState;
import org.junit.jupiter.api.Test;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.CopiesBuilder.copiesOf;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

class CorroborationTest {

    @Test
    void usBidFromTwoOutletsCountsTwoIndependentSources() {
        DealState deal = drcDealWith(
                aClaim("wsj-1").inArticle("a-wsj").from("wsj.com").build(),
                aClaim("aj-1").inArticle("a-aj").from("aljazeera.com").build());

        Bid us = bidOf(deal, "US");
        assertThat(us.getIndependentSources()).isEqualTo(2);
        assertThat(us.getMentions()).isEqualTo(2);
        assertThat(us.getSources()).containsExactly("aljazeera.com", "wsj.com");
    }

    @Test
    void twoClaimsFromOneArticleAreOneIndependentSource() {
        DealState deal = drcDealWith(
                aClaim("a-1").inArticle("a").build(),
                aClaim("a-2").inArticle("a").does(Action.NEGOTIATE).build());

        assertThat(bidOf(deal, "US").getIndependentSources()).isEqualTo(1);
        assertThat(bidOf(deal, "US").getMentions()).isEqualTo(1);
    }

    @Test
    void rewriteOfTheSamePieceRaisesMentionsNotIndependentSources() {
        DealState deal = drcDealWith(aClaim("p-1").inArticle("piece").from("mining.com").build());

        DealState withRewrite = withCopies(deal, copiesOf("piece").rewrite("rewrite", "reuters.com").exact("mirror", "yahoo.com").build());

        Bid us = bidOf(withRewrite, "US");
        assertThat(us.getIndependentSources()).isEqualTo(1);
        assertThat(us.getMentions()).isEqualTo(3);
        assertThat(us.getSources()).containsExactly("mining.com", "reuters.com", "yahoo.com");
    }

    @Test
    void copiesKnownBeforeTheClaimCountWhenTheClaimArrives() {
        DealState deal = withCopies(drcDeal(), copiesOf("piece").rewrite("rewrite", "reuters.com").build());

        DealState withClaim = AGGREGATOR.apply(deal, aClaim("p-1").inArticle("piece").build());

        assertThat(bidOf(withClaim, "US").getIndependentSources()).isEqualTo(1);
        assertThat(bidOf(withClaim, "US").getMentions()).isEqualTo(2);
    }

    @Test
    void duplicateArrivingAfterItsOriginalNeverRaisesCorroboration() {
        DealState original = withCopies(drcDealWith(aClaim("p-1").inArticle("piece").build()),
                copiesOf("piece").exact("copy", "copycat.net").build());

        DealState withDuplicateClaim = AGGREGATOR.apply(original, aClaim("c-1").inArticle("copy").from("copycat.net").build());

        assertThat(bidOf(withDuplicateClaim, "US").getIndependentSources()).isEqualTo(1);
        assertThat(bidOf(withDuplicateClaim, "US").getMentions()).isEqualTo(2);
        assertThat(bidOf(withDuplicateClaim, "US").getEvidence()).extracting(e -> e.getPieceId()).containsOnly("piece");
    }

    @Test
    void claimFromACopyIsFoldedIntoItsPieceOnceTheCopyIsKnown() {
        DealState beforeDedup = drcDealWith(
                aClaim("p-1").inArticle("piece").build(),
                aClaim("c-1").inArticle("copy").from("copycat.net").build());
        assertThat(bidOf(beforeDedup, "US").getIndependentSources()).isEqualTo(2);

        DealState afterDedup = withCopies(beforeDedup, copiesOf("piece").rewrite("copy", "copycat.net").build());

        assertThat(bidOf(afterDedup, "US").getIndependentSources()).isEqualTo(1);
        assertThat(bidOf(afterDedup, "US").getMentions()).isEqualTo(2);
    }

    @Test
    void copiesAppliedTwiceChangeNothing() {
        DealState once = withCopies(drcDealWith(aClaim("p-1").inArticle("piece").build()),
                copiesOf("piece").rewrite("rewrite", "reuters.com").build());

        DealState twice = withCopies(once, copiesOf("piece").rewrite("rewrite", "reuters.com").build());

        assertThat(twice).isSameAs(once);
    }

    @Test
    void newerCopiesListReplacesTheOlder() {
        DealState deal = drcDealWith(aClaim("p-1").inArticle("piece").build());
        deal = withCopies(deal, copiesOf("piece").rewrite("r1", "a.com").rewrite("r2", "b.com").build());
        deal = withCopies(deal, copiesOf("piece").rewrite("r1", "a.com").build());

        assertThat(bidOf(deal, "US").getMentions()).isEqualTo(2);
        assertThat(deal.getPieces()).hasSize(1);
    }

    @Test
    void claimAppliedTwiceChangesNothing() {
        DealState once = drcDealWith(aClaim("wsj-1").inArticle("a-wsj").build());

        DealState twice = AGGREGATOR.apply(once, aClaim("wsj-1").inArticle("a-wsj").build());

        assertThat(twice).isSameAs(once);
        assertThat(twice.getClaimCount()).isEqualTo(1);
        assertThat(twice.getClaimIds()).containsExactly("wsj-1");
    }

    @Test
    void claimOfAnotherDealLeavesTheStateAlone() {
        DealState deal = drcDealWith(aClaim("c1").build());

        DealState after = AGGREGATOR.apply(deal, aClaim("ua-1").by(us()).to(ukraine()).does(Action.PROPOSE).build());

        assertThat(after).isSameAs(deal);
    }

    @Test
    void emptyStateTakesTheDealOfItsFirstClaim() {
        DealState deal = AGGREGATOR.apply(AGGREGATOR.empty(), aClaim("c1").build());

        assertThat(deal.getDealId()).isEqualTo("CD:critical-minerals");
        assertThat(deal.getHost().getName()).isEqualTo("DR Congo");
        assertThat(deal.getBids()).extracting(b -> b.getBidder().getId()).containsExactly("US");
    }

    @Test
    void bidderIsNamedCanonicallyWhateverTheSurface() {
        DealState deal = drcDealWith(aClaim("c1").to(as(us(), "Trump")).build());

        assertThat(bidOf(deal, "US").getBidder().getSurface()).isEqualTo("United States");
    }
}
