package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.Bid;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.Claim;
import io.claimstream.schema.ContradictionKind;
import io.claimstream.schema.DealState;
import io.claimstream.schema.Entity;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.CopiesBuilder.copiesOf;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-built claims modelled on the three seed articles (samples/seeds): the DRC offering minerals to the US for a
 * security pact against M23, Qatar as a contender via Rwanda, China as incumbent, Belgium/UK/Russia interested.
 * seed-001 is treated as a rewrite of an Al Jazeera piece, and seed-000 has a syndicated copy.
 */
class SeedScenarioTest {

    private static final String S0 = "seed-000";
    private static final String S1 = "seed-001";
    private static final String S2 = "seed-002";
    private static final String AL_JAZEERA_PIECE = "aljazeera-2025-03-17-drc-minerals";

    private static ClaimBuilder seed0(String id) {
        return aClaim(id).inArticle(S0).from("seed-000.example").publishedOn("2025-03-20");
    }

    private static ClaimBuilder seed1(String id) {
        return aClaim(id).inArticle(S1).from("seed-001.example").publishedOn("2025-03-17");
    }

    private static ClaimBuilder seed2(String id) {
        return aClaim(id).inArticle(S2).from("seed-002.example").publishedOn("2025-03-10");
    }

    private static ClaimBuilder interested(String id, Entity country) {
        return seed0(id).by(country).to(drc()).does(Action.SEEK).withAssets().attributedTo("Congolese presidency source")
                .saying("The presidential source also mentioned other interested countries, such as Belgium, the U.K., China and Russia.");
    }

    static List<Claim> seedClaims() {
        List<Claim> claims = new ArrayList<>();
        claims.add(seed0("s0-offer").by(as(drc(), "The Democratic Republic of Congo (DRC)")).to(as(us(), "U.S. President Donald Trump"))
                .does(Action.OFFER).withAssets("cobalt", "lithium", "copper", "tantalum").attributedTo("UN reports")
                .inReturnFor("military_aid", "military support")
                .saying("The DRC has made a strategic proposal to U.S. President Donald Trump offering access to its mineral resources, "
                        + "such as cobalt, lithium, copper and tantalum, in exchange for military support to defeat the M23.").build());
        claims.add(seed0("s0-talks").by(drc()).to(us()).does(Action.NEGOTIATE).withAssets()
                .saying("This initiative, still in the negotiation phase, seeks to strengthen the DRC's position.").build());
        claims.add(seed0("s0-pact").by(drc()).to(us()).does(Action.REQUEST).withAssets("tantalum", "cobalt")
                .attributedTo("Wall Street Journal").inReturnFor("security_pact", "formal security pact")
                .saying("In return, the Congolese leader requested a \"formal security pact\" to support the DRC Army in its fight against the M23.").build());
        claims.add(seed0("s0-us-proposed").by(us()).to(drc()).does(Action.PROPOSE).withAssets().attributedTo("EFE")
                .saying("The chief responded to a proposal made to him by the American government.").build());
        claims.add(seed0("s0-undecided").by(drc()).to(us()).does(Action.SIGN).negated().hedgedBy("not yet decided").withAssets()
                .attributedTo("EFE").saying("But the DRC has not yet decided on this proposed mineral agreement.").build());
        claims.add(seed0("s0-qatar").by(qatar()).to(drc()).via(rwanda()).does(Action.COMPETE).withAssets()
                .attributedTo("Congolese presidency source")
                .saying("Among them, Qatar stands out as a major contender, using Rwanda as an intermediary and supplier of Congolese minerals.").build());
        claims.add(seed0("s0-doha").by(qatar()).to(drc()).does(Action.MEDIATE).withAssets()
                .saying("Presidents Tshisekedi and Kagame met under the mediation of Qatari Emir Tamim bin Hamad Al Thani.").build());
        claims.add(interested("s0-belgium", belgium()).build());
        claims.add(interested("s0-uk", uk()).build());
        claims.add(interested("s0-china", china()).build());
        claims.add(interested("s0-russia", russia()).build());
        claims.add(seed0("s0-m23").by(m23()).to(drc()).does(Action.SEIZE).withAssets("gold", "tantalum")
                .saying("The M23 currently controls the capitals of North and South Kivu provinces, areas rich in gold and coltan.").build());

        claims.add(seed1("s1-talks").by(drc()).to(us()).does(Action.NEGOTIATE).hedgedBy("possibly").withAssets()
                .attributedTo("Congolese officials").inReturnFor("security_pact", "minerals-for-security")
                .saying("The DRC is engaged in discussions with the United States to possibly secure a minerals-for-security agreement.").build());
        claims.add(seed1("s1-no-proposal").by(drc()).to(us()).does(Action.PROPOSE).negated().withAssets()
                .saying("Although no formal proposal has been made, DRC legislators appear to hope for US military support in exchange for access to these minerals.").build());
        claims.add(seed1("s1-equipment").by(us()).to(drc()).does(Action.OFFER).hedgedBy("reportedly").withAssets()
                .attributedTo("Signal Risk").inReturnFor("equipment", "military equipment")
                .saying("The proposal reportedly includes providing military equipment to the DRC, rather than actual troop support.").build());
        claims.add(seed1("s1-ukraine").by(us()).to(ukraine()).does(Action.PROPOSE).hedgedBy("could").withAssets()
                .saying("The US proposal to Ukraine, where support in their conflict against Russia could be exchanged for minerals.").build());
        claims.add(seed1("s1-china").by(china()).to(drc()).does(Action.COMPETE).withAssets()
                .saying("The potential partnership is a means to reduce China's dominance in the region's mining industry.").build());
        claims.add(seed1("s1-lobito").by(us()).to(drc()).does(Action.INVEST).withAssets()
                .inReturnFor("infrastructure", "Lobito Corridor")
                .saying("The US is currently investing in the Lobito Corridor project for exporting DRC's minerals.").build());

        claims.add(seed2("s2-headline").by(as(us(), "Trump")).to(drc()).does(Action.OFFER).withAssets()
                .inReturnFor("military_aid", "military support")
                .saying("Trump offers military support to the DRC in exchange for minerals.").build());
        claims.add(seed2("s2-invest").by(us()).to(drc()).does(Action.INVEST).withAssets("rare-earths")
                .attributedTo("Financial Times").inReturnFor("investment", "invest")
                .saying("The American administration is willing to invest in the DRC's critical minerals sector.").build());
        claims.add(seed2("s2-training").by(us()).to(drc()).does(Action.OFFER).hedgedBy("may").withAssets("rare-earths")
                .inReturnFor("training", "train")
                .saying("In exchange for the right to exploit rare earth metals, Washington may train the Congolese armed forces.").build());
        claims.add(seed2("s2-sanctions").by(us()).to(rwanda()).does(Action.SANCTION).withAssets()
                .saying("On February 20, it imposed sanctions on a Rwandan state minister and an M23 spokesperson.").build());
        return claims;
    }

    private static DealState seedBoard() {
        DealState deal = withCopies(drcDeal(), copiesOf(AL_JAZEERA_PIECE).rewrite(S1, "seed-001.example").build());
        deal = applyAll(deal, seedClaims());
        return withCopies(deal, copiesOf(S0).exact("seed-000-mirror", "mirror.example").build());
    }

    @Test
    void seedsRenderAsADealBoard() throws Exception {
        DealState deal = seedBoard();
        String board = DealBoard.render(deal);
        Path out = Path.of("target", "seed-deal-board.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, board);

        assertThat(deal.getBids()).extracting(b -> b.getBidder().getId())
                .containsExactly("BE", "CN", "GB", "QA", "RU", "US");
        assertThat(board).contains("DEAL CD:critical-minerals - DR Congo", "United States (US, country)  NEGOTIATING",
                "3 independent source(s) / 5 mention(s)", "Qatar (QA, country)  INTERESTED",
                "CONTRADICTION POLARITY", "CONTRADICTION INITIATOR", "CONTRADICTION CONSIDERATION");
    }

    @Test
    void usBidIsCorroboratedByThreePiecesAndDisputed() {
        Bid us = bidOf(seedBoard(), "US");

        assertThat(us.getStatus()).isEqualTo(BidStatus.NEGOTIATING);
        assertThat(us.getIndependentSources()).isEqualTo(3);
        assertThat(us.getMentions()).isEqualTo(5);
        assertThat(us.getInitiatedBy()).isEqualTo("US");
        assertThat(us.getSeeks()).contains("cobalt", "tantalum", "rare-earths");
        assertThat(us.getOffers()).extracting(o -> o.getKind())
                .contains("military_aid", "security_pact", "equipment", "training", "investment", "infrastructure");
        assertThat(us.getContradictions()).extracting(c -> c.getKind()).contains(
                ContradictionKind.POLARITY, ContradictionKind.INITIATOR, ContradictionKind.CONSIDERATION);
        assertThat(us.getEvidence()).filteredOn(e -> e.getArticleId().equals(S1))
                .extracting(e -> e.getPieceId()).containsOnly(AL_JAZEERA_PIECE);
    }

    @Test
    void otherContendersAreInterestedAndConflictEventsAreNoBids() {
        DealState deal = seedBoard();

        for (String bidder : List.of("BE", "GB", "CN", "RU", "QA")) {
            assertThat(bidOf(deal, bidder).getStatus()).as(bidder).isEqualTo(BidStatus.INTERESTED);
        }
        // Mediation, sanctions, the M23 seizure and the Ukraine proposal are not claims of this deal.
        assertThat(deal.getClaimCount()).isEqualTo(seedClaims().size() - 4);
    }

    @Test
    void chinaIsTheIncumbentWhoseDominanceTheUsWantsToReduce() {
        DealState deal = seedBoard();

        assertThat(deal.getBids()).filteredOn(Bid::getIncumbent).extracting(b -> b.getBidder().getId()).containsExactly("CN");
        assertThat(DealBoard.render(deal)).contains("China (CN, country)  INTERESTED (incumbent)");
    }

    @Test
    void seedBoardDoesNotDependOnClaimOrder() {
        List<Claim> reversed = new ArrayList<>(seedClaims());
        java.util.Collections.reverse(reversed);
        DealState deal = withCopies(drcDeal(), copiesOf(AL_JAZEERA_PIECE).rewrite(S1, "seed-001.example").build());
        deal = withCopies(applyAll(deal, reversed), copiesOf(S0).exact("seed-000-mirror", "mirror.example").build());

        DealState reference = seedBoard();
        for (Bid bid : reference.getBids()) {
            Bid other = bidOf(deal, bid.getBidder().getId());
            assertThat(other.getStatus()).isEqualTo(bid.getStatus());
            // Same-day claims of one article may name a different claim for a change: ingest order breaks that tie.
            assertThat(other.getTimeline()).extracting(c -> c.getStatus() + "@" + c.getAt())
                    .isEqualTo(bid.getTimeline().stream().map(c -> c.getStatus() + "@" + c.getAt()).toList());
            assertThat(other.getIndependentSources()).isEqualTo(bid.getIndependentSources());
            assertThat(other.getMentions()).isEqualTo(bid.getMentions());
            assertThat(other.getInitiatedBy()).isEqualTo(bid.getInitiatedBy());
            assertThat(other.getContradictions()).extracting(c -> c.getKind())
                    .containsExactlyInAnyOrderElementsOf(bid.getContradictions().stream().map(c -> c.getKind()).toList());
        }
    }
}
