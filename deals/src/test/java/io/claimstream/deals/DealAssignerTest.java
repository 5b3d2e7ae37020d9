package io.claimstream.deals;

import io.claimstream.schema.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.claimstream.deals.ClaimBuilder.aClaim;
import static io.claimstream.deals.Entities.*;
import static org.assertj.core.api.Assertions.assertThat;

class DealAssignerTest {

    private final DealAssigner assigner = DealAssigner.withDefaultRules();

    @Test
    void drcOfferToUsBelongsToTheDrcCriticalMineralsDeal() {
        Assignment assignment = assigner.decide(aClaim("c1").by(drc()).to(us()).withAssets("cobalt", "tantalum").build());

        assertThat(assignment).isInstanceOfSatisfying(Assignment.ToDeal.class, toDeal -> {
            assertThat(toDeal.key().dealId()).isEqualTo("CD:critical-minerals");
            assertThat(toDeal.key().host().getName()).isEqualTo("DR Congo");
            assertThat(toDeal.bidder().getId()).isEqualTo("US");
        });
    }

    @Test
    void hostIsFoundWhetherItIsActorOrCounterparty() {
        assertThat(assigner.assign(aClaim("c1").by(us()).to(drc()).does(Action.SEEK).build()))
                .hasValueSatisfying(key -> assertThat(key.dealId()).isEqualTo("CD:critical-minerals"));
    }

    @Test
    void ukraineDealIsNotMergedIntoDrcDeal() {
        var drcDeal = assigner.assign(aClaim("c1").by(drc()).to(us()).build());
        var ukraineDeal = assigner.assign(aClaim("c2").by(us()).to(ukraine()).does(Action.PROPOSE).withAssets("rare-earths").build());

        assertThat(ukraineDeal).hasValueSatisfying(key -> assertThat(key.dealId()).isEqualTo("UA:critical-minerals"));
        assertThat(ukraineDeal).isNotEqualTo(drcDeal);
    }

    @Test
    void euRwandaRawMaterialsMemorandumIsItsOwnDeal() {
        var deal = assigner.decide(aClaim("c1").by(eu()).to(rwanda()).does(Action.SIGN).withAssets("tin", "tantalum", "tungsten").build());

        assertThat(deal).isInstanceOfSatisfying(Assignment.ToDeal.class, toDeal -> {
            assertThat(toDeal.key().dealId()).isEqualTo("RW:critical-minerals");
            assertThat(toDeal.bidder().getId()).isEqualTo("EU");
        });
    }

    @Test
    void aRivalryBetweenTwoBiddersNamesNoHostOnItsOwn() {
        assertThat(assigner.decide(aClaim("c1").by(china()).to(us()).does(Action.COMPETE).build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.NO_HOST));
    }

    @Test
    void aRivalryBelongsToTheDealItsArticleIsAbout() {
        var offer = aClaim("c1").by(drc()).to(us()).does(Action.OFFER).withAssets("cobalt").build();
        var rivalry = aClaim("c2").by(china()).to(us()).does(Action.COMPETE).saying("China's dominance ...").build();
        var talks = aClaim("c3").by(us()).to(china()).does(Action.NEGOTIATE).build();

        var deals = assigner.assignAll(java.util.List.of(offer, rivalry, talks));

        assertThat(deals.get(0)).hasValueSatisfying(k -> assertThat(k.dealId()).isEqualTo("CD:critical-minerals"));
        assertThat(deals.get(1)).isEqualTo(deals.get(0));
        assertThat(deals.get(2)).as("only a rivalry borrows the article's deal").isEmpty();
    }

    @Test
    void theArticlesDealIsTheOneMostOfItsClaimsGoTo() {
        var ukraine1 = aClaim("c1").by(us()).to(ukraine()).does(Action.SIGN).build();
        var drc = aClaim("c2").by(drc()).to(us()).does(Action.OFFER).build();
        var ukraine2 = aClaim("c3").by(ukraine()).to(us()).does(Action.PROPOSE).build();
        var rivalry = aClaim("c4").by(china()).toNobody().does(Action.COMPETE).build();

        assertThat(assigner.assignAll(java.util.List.of(ukraine1, drc, ukraine2, rivalry)).get(3))
                .hasValueSatisfying(k -> assertThat(k.dealId()).isEqualTo("UA:critical-minerals"));
    }

    @Test
    void aRivalryInAnArticleAboutNoDealStaysOutOfEveryDeal() {
        var rivalry = aClaim("c1").by(china()).to(us()).does(Action.COMPETE).build();

        assertThat(assigner.assignAll(java.util.List.of(rivalry))).containsExactly(java.util.Optional.empty());
    }

    @Test
    void aRivalryCarryingItsArticlesDealIsABidOfTheContender() {
        var rivalry = aClaim("c1").by(china()).to(us()).does(Action.COMPETE).build();
        rivalry.setDealId("CD:critical-minerals");

        assertThat(assigner.decide(rivalry)).isInstanceOfSatisfying(Assignment.ToDeal.class, toDeal -> {
            assertThat(toDeal.key().dealId()).isEqualTo("CD:critical-minerals");
            assertThat(toDeal.bidder().getId()).isEqualTo("CN");
        });
    }

    @Test
    void aDealIdOnAnOrdinaryClaimDoesNotOverrideTheRules() {
        var seizure = aClaim("c1").by(m23()).to(drc()).does(Action.SEIZE).build();
        seizure.setDealId("CD:critical-minerals");
        var talks = aClaim("c2").by(us()).to(china()).does(Action.NEGOTIATE).build();
        talks.setDealId("CD:critical-minerals");

        assertThat(assigner.assign(seizure)).isEmpty();
        assertThat(assigner.assign(talks)).isEmpty();
    }

    @Test
    void m23SeizingTerritoryBelongsToNoDeal() {
        assertThat(assigner.decide(aClaim("c1").by(m23()).to(drc()).does(Action.SEIZE).build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.NOT_A_BID_ACTION));
        assertThat(assigner.decide(aClaim("c2").by(m23()).to(drc()).does(Action.OTHER).build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.ARMED_GROUP_PARTY));
    }

    @Test
    void qatarMediatingBetweenDrcAndRwandaIsNotABid() {
        assertThat(assigner.decide(aClaim("c1").by(qatar()).to(drc()).does(Action.MEDIATE).build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.NOT_A_BID_ACTION));
    }

    @Test
    void peaceAccordBetweenTwoHostsBelongsToNoDeal() {
        assertThat(assigner.decide(aClaim("c1").by(drc()).to(rwanda()).does(Action.SIGN).withAssets().build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.BETWEEN_HOSTS));
    }

    @Test
    void claimWithoutAHostBelongsToNoDeal() {
        assertThat(assigner.decide(aClaim("c1").by(us()).to(china()).does(Action.COMPETE).build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.NO_HOST));
    }

    @Test
    void hostAloneOrFacingAPersonHasNoEligibleBidder() {
        assertThat(assigner.decide(aClaim("c1").by(drc()).toNobody().build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.NO_ELIGIBLE_BIDDER));
        assertThat(assigner.decide(aClaim("c2").by(drc()).to(erikPrince()).does(Action.NEGOTIATE).build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.NO_ELIGIBLE_BIDDER));
        assertThat(assigner.decide(aClaim("c3").by(drc()).to(un()).build()))
                .isEqualTo(new Assignment.NoDeal(NoDealReason.NO_ELIGIBLE_BIDDER));
    }

    @Test
    void qatarActingThroughRwandaBidsForTheDrcDeal() {
        var deal = assigner.decide(aClaim("c1").by(qatar()).to(drc()).via(rwanda()).does(Action.COMPETE).build());

        assertThat(deal).isInstanceOfSatisfying(Assignment.ToDeal.class, toDeal -> {
            assertThat(toDeal.key().dealId()).isEqualTo("CD:critical-minerals");
            assertThat(toDeal.bidder().getId()).isEqualTo("QA");
        });
    }

    @Test
    void resourceIsTheGroupOfTheAssetsElseTheHostsDefault() {
        assertThat(assigner.assign(aClaim("c1").by(drc()).to(us()).withAssets("diamonds").build()))
                .hasValueSatisfying(key -> assertThat(key.dealId()).isEqualTo("CD:gemstones"));
        assertThat(assigner.assign(aClaim("c2").by(drc()).to(us()).withAssets().build()))
                .hasValueSatisfying(key -> assertThat(key.dealId()).isEqualTo("CD:critical-minerals"));
        assertThat(assigner.assign(aClaim("c3").by(drc()).to(us()).withAssets("bananas").build()))
                .hasValueSatisfying(key -> assertThat(key.dealId()).isEqualTo("CD:critical-minerals"));
    }

    @Test
    void hostDoesNotDependOnHowTheClaimWroteIt() {
        var a = assigner.assign(aClaim("c1").by(as(drc(), "Kinshasa")).to(us()).build());
        var b = assigner.assign(aClaim("c2").by(as(drc(), "Tshisekedi")).to(us()).build());

        assertThat(a).isEqualTo(b);
    }

    @Test
    void rulesLoadFromAPathSoHostsChangeWithoutARebuild(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deals.json");
        Files.writeString(file, """
                {"version": "test", "hosts": [{"id": "CN", "type": "COUNTRY", "name": "China", "defaultResource": "minerals"}],
                 "resources": [{"id": "minerals", "assets": ["cobalt"]}],
                 "bidderTypes": ["COUNTRY"], "excludedPartyTypes": [], "nonBidActions": [],
                 "incompatibleConsiderations": [], "contradictionProgressWindowDays": 7,
                 "limits": {"evidencePerBid": 5, "contradictionsPerBid": 5, "timelinePerBid": 5, "listEntriesPerBid": 5,
                            "claimIdsPerDeal": 10, "piecesPerDeal": 10, "copiesPerPiece": 5, "sentenceChars": 100}}
                """);
        DealAssigner custom = new DealAssigner(DealRules.load(file));

        assertThat(custom.assign(aClaim("c1").by(us()).to(china()).build()))
                .hasValueSatisfying(key -> assertThat(key.dealId()).isEqualTo("CN:minerals"));
        assertThat(custom.assign(aClaim("c2").by(drc()).to(us()).build())).isEmpty();
    }
}
