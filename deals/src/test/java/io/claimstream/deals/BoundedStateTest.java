package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.Bid;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.Entity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.ClaimBuilder.day;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

class BoundedStateTest {

    private static final int KAFKA_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;
    private static final String LONG_SENTENCE = "The Democratic Republic of Congo has made a strategic proposal to the United States "
            .repeat(10);

    @Test
    void stateStaysBoundedUnderManyClaims() throws Exception {
        List<Entity> bidders = List.of(us(), qatar(), china(), belgium(), uk(), russia(), eu());
        Action[] actions = {Action.SEEK, Action.OFFER, Action.PROPOSE, Action.NEGOTIATE, Action.SIGN};
        DealState deal = drcDeal();
        Instant start = day("2025-01-01");
        int claims = 3_000;
        for (int i = 0; i < claims; i++) {
            Entity bidder = bidders.get(i % bidders.size());
            Claim claim = aClaim("claim-" + i).by(bidder).to(drc()).does(actions[i % actions.length])
                    .inArticle("article-" + i).from("outlet-" + (i % 40) + ".com")
                    .publishedAt(start.plus(Duration.ofHours(i)))
                    .inReturnFor("investment", "investment " + (i % 50))
                    .saying(LONG_SENTENCE + i).build();
            deal = AGGREGATOR.apply(deal, claim);
        }

        int bytes = deal.toByteBuffer().remaining();
        assertThat(bytes).isLessThan(KAFKA_DEFAULT_MAX_MESSAGE_BYTES / 2);
        assertThat(deal.getClaimCount()).isEqualTo(claims);
        assertThat(deal.getClaimIds()).hasSize(2_000);
        for (Bid bid : deal.getBids()) {
            assertThat(bid.getEvidence()).hasSizeLessThanOrEqualTo(50);
            assertThat(bid.getTimeline()).hasSizeLessThanOrEqualTo(50);
            assertThat(bid.getContradictions()).hasSizeLessThanOrEqualTo(20);
            assertThat(bid.getOffers()).hasSizeLessThanOrEqualTo(30);
            assertThat(bid.getSources()).hasSizeLessThanOrEqualTo(30);
            // Counts survive the evidence cap: every claim came from its own article.
            int index = bidders.stream().map(Entity::getId).toList().indexOf(bid.getBidder().getId());
            int claimsOfBidder = (claims - index + bidders.size() - 1) / bidders.size();
            assertThat(bid.getIndependentSources()).isEqualTo(claimsOfBidder);
            assertThat(bid.getMentions()).isEqualTo(bid.getIndependentSources());
        }
    }

    @Test
    void theEarliestClaimOfEveryStatusOutlivesTheCapSoTheTimelineKeepsItsStart() {
        DealState deal = drcDealWith(aClaim("first-interest").by(us()).to(drc()).does(Action.SEEK).inArticle("a0")
                .publishedOn("2024-12-01").build());
        for (int i = 0; i < 60; i++) {
            deal = AGGREGATOR.apply(deal, aClaim("rumour-" + i).by(us()).to(drc()).does(Action.OTHER).inArticle("r" + i)
                    .publishedAt(day("2025-01-01").plus(Duration.ofDays(i))).build());
        }

        Bid us = bidOf(deal, "US");
        assertThat(us.getEvidence()).hasSize(50);
        assertThat(us.getEvidence()).extracting(e -> e.getClaimId())
                .contains("first-interest", "rumour-0", "rumour-59")
                .doesNotContain("rumour-1", "rumour-11");
        assertThat(us.getTimeline()).extracting(c -> c.getClaimId()).containsExactly("first-interest");
        assertThat(us.getIndependentSources()).isEqualTo(61);
        assertThat(us.getPieceIds()).hasSize(61);
    }
}
