package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.Bid;
import io.claimstream.schema.BidUpdateKind;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Contradiction;
import io.claimstream.schema.ContradictionKind;
import io.claimstream.schema.DealState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.DealFixture.*;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

class ContradictionTest {

    private static Claim letterSentOnFeb8() {
        return aClaim("wsj-letter").by(drc()).to(us()).does(Action.OFFER).inArticle("a-efe").from("efe.com")
                .publishedOn("2025-03-19").attributedTo("Wall Street Journal")
                .inReturnFor("security_pact", "formal security pact")
                .saying("Tshisekedi detailed this offer in a letter sent to Trump last Feb. 8.").build();
    }

    private static Claim noFormalProposal() {
        return aClaim("aj-no-proposal").by(drc()).to(us()).does(Action.PROPOSE).negated().inArticle("a-aj")
                .from("aljazeera.com").publishedOn("2025-03-17")
                .saying("Although no formal proposal has been made, DRC legislators appear to hope for US military support.").build();
    }

    @Test
    void negatedProposalContradictsAssertedLetter() {
        DealState deal = drcDealWith(letterSentOnFeb8(), noFormalProposal());

        List<Contradiction> contradictions = bidOf(deal, "US").getContradictions();
        assertThat(contradictions).hasSize(1);
        Contradiction c = contradictions.get(0);
        assertThat(c.getKind()).isEqualTo(ContradictionKind.POLARITY);
        assertThat(c.getFirst().getClaimId()).isEqualTo("aj-no-proposal");
        assertThat(c.getSecond().getClaimId()).isEqualTo("wsj-letter");
        assertThat(c.getDescription()).contains("PROPOSE negated", "OFFER asserted", "aljazeera.com", "efe.com");
    }

    @Test
    void contradictionIsReportedOnce() {
        DealState first = drcDealWith(letterSentOnFeb8(), noFormalProposal());
        DealState again = AGGREGATOR.apply(first, noFormalProposal());
        DealState more = AGGREGATOR.apply(again, aClaim("aj-2").by(drc()).to(us()).does(Action.PROPOSE).negated()
                .inArticle("a-aj").from("aljazeera.com").publishedOn("2025-03-17").saying("There is no proposal yet.").build());

        assertThat(bidOf(more, "US").getContradictions()).hasSize(1);
        assertThat(BidUpdates.between(first, more)).extracting(u -> u.getKind())
                .doesNotContain(BidUpdateKind.NEW_CONTRADICTION);
    }

    @Test
    void contradictionDoesNotDependOnArrivalOrder() {
        DealState oneWay = drcDealWith(letterSentOnFeb8(), noFormalProposal());
        DealState otherWay = drcDealWith(noFormalProposal(), letterSentOnFeb8());

        assertThat(bidOf(otherWay, "US").getContradictions()).isEqualTo(bidOf(oneWay, "US").getContradictions());
    }

    @Test
    void notYetSignedLongBeforeASignatureIsProgressNotContradiction() {
        DealState deal = drcDealWith(
                aClaim("not-yet").does(Action.SIGN).negated().inArticle("a1").publishedOn("2025-03-19").build(),
                aClaim("signed").does(Action.SIGN).inArticle("a2").publishedOn("2025-06-27").build());

        assertThat(bidOf(deal, "US").getContradictions()).isEmpty();
    }

    @Test
    void denialOfASignatureAfterItContradictsIt() {
        DealState deal = drcDealWith(
                aClaim("signed").does(Action.SIGN).inArticle("a1").publishedOn("2025-06-27").build(),
                aClaim("not-signed").does(Action.SIGN).negated().inArticle("a2").publishedOn("2025-09-01").build());

        assertThat(bidOf(deal, "US").getContradictions()).extracting(Contradiction::getKind)
                .containsExactly(ContradictionKind.POLARITY);
    }

    @Test
    void claimsOfOnePieceDoNotContradictEachOther() {
        DealState deal = drcDealWith(
                aClaim("c1").does(Action.PROPOSE).inArticle("a1").build(),
                aClaim("c2").does(Action.PROPOSE).negated().inArticle("a1").build());

        assertThat(bidOf(deal, "US").getContradictions()).isEmpty();
    }

    @Test
    void troopsAgainstEquipmentOnlyIsAConsiderationContradiction() {
        DealState deal = drcDealWith(
                aClaim("troops").by(drc()).to(us()).inArticle("a-efe").from("efe.com").publishedOn("2025-03-19")
                        .inReturnFor("military_aid", "military support")
                        .saying("The DRC offered minerals in exchange for military support to defeat the M23.").build(),
                aClaim("equipment").by(us()).to(drc()).does(Action.PROPOSE).hedgedBy("reportedly").inArticle("a-aj")
                        .from("aljazeera.com").publishedOn("2025-03-17")
                        .inReturnFor("equipment", "military equipment")
                        .saying("The proposal reportedly includes providing military equipment to the DRC, rather than actual troop support.").build());

        Bid us = bidOf(deal, "US");
        assertThat(us.getContradictions()).filteredOn(c -> c.getKind() == ContradictionKind.CONSIDERATION).singleElement()
                .satisfies(c -> {
                    assertThat(c.getDescription()).contains("equipment", "military_aid");
                    assertThat(c.getFirst().getClaimId()).isEqualTo("equipment");
                    assertThat(c.getSecond().getClaimId()).isEqualTo("troops");
                });
    }

    @Test
    void aConsiderationContradictionIsFoundByKindEvenWhenTheEvidenceSentenceWasCut() {
        String longLead = "In a long interview about the war in the east, the mining code, the elections and the "
                + "relations with its neighbours, which went on for more than an hour and touched on every file the "
                + "government has open with its partners in the West and in the Gulf, the presidency repeated many "
                + "times that it wants a partner that can bring real security, and then, near the very end of the "
                + "conversation, after a long pause, it said that the country offered minerals in exchange for ";
        DealState deal = drcDealWith(
                aClaim("troops").by(drc()).to(us()).inArticle("a-long").from("long.example").publishedOn("2025-03-17")
                        .inReturnFor("military_aid", "military support")
                        .saying(longLead + "military support to defeat the M23.").build(),
                aClaim("equipment").by(us()).to(drc()).does(Action.PROPOSE).inArticle("a-aj").from("aljazeera.com")
                        .publishedOn("2025-03-19").inReturnFor("equipment", "military equipment")
                        .saying("The proposal includes providing military equipment, rather than troops.").build());

        Bid us = bidOf(deal, "US");
        assertThat(us.getEvidence()).filteredOn(e -> e.getClaimId().equals("troops")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getSentence()).doesNotContain("military support");
                    assertThat(e.getActor()).isEqualTo("CD");
                    assertThat(e.getConsiderationKinds()).containsExactly("military_aid");
                });
        assertThat(us.getContradictions()).filteredOn(c -> c.getKind() == ContradictionKind.CONSIDERATION).hasSize(1);
    }

    @Test
    void drcOfferedAndUsOfferedDisputeWhoMovedFirst() {
        DealState deal = drcDealWith(
                aClaim("drc-moved").by(drc()).to(us()).does(Action.OFFER).inArticle("a1").publishedOn("2025-03-19")
                        .saying("The DRC has made a strategic proposal to U.S. President Donald Trump.").build(),
                aClaim("us-moved").by(us()).to(drc()).does(Action.PROPOSE).inArticle("a1").publishedOn("2025-03-19")
                        .saying("The chief responded to a proposal made to him by the American government.").build());

        Bid us = bidOf(deal, "US");
        assertThat(us.getInitiatedBy()).isEqualTo("CD");
        assertThat(us.getContradictions()).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(ContradictionKind.INITIATOR);
            assertThat(c.getDescription()).contains("CD moved first", "US moved first");
        });
    }

    @Test
    void initiatorIsTheEarliestMoveWhateverTheArrivalOrder() {
        Claim usEarly = aClaim("us-early").by(us()).to(drc()).does(Action.PROPOSE).inArticle("a0").publishedOn("2025-02-20").build();
        Claim drcLater = aClaim("drc-later").by(drc()).to(us()).does(Action.OFFER).inArticle("a1").publishedOn("2025-03-19").build();
        Claim drcEvenLater = aClaim("drc-even-later").by(drc()).to(us()).does(Action.OFFER).inArticle("a2").publishedOn("2025-03-25").build();

        DealState oneWay = drcDealWith(drcLater, drcEvenLater, usEarly);
        DealState otherWay = drcDealWith(usEarly, drcEvenLater, drcLater);

        assertThat(bidOf(oneWay, "US").getInitiatedBy()).isEqualTo("US");
        assertThat(bidOf(oneWay, "US").getContradictions()).isEqualTo(bidOf(otherWay, "US").getContradictions());
        assertThat(bidOf(oneWay, "US").getContradictions()).singleElement().satisfies(c -> {
            assertThat(c.getFirst().getClaimId()).isEqualTo("us-early");
            assertThat(c.getSecond().getClaimId()).isEqualTo("drc-later");
        });
    }
}
