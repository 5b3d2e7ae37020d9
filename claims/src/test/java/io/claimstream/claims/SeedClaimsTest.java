package io.claimstream.claims;

import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Polarity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour on sentences of the seed articles (samples/seeds). */
class SeedClaimsTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;
    private final BidderRule bidders = new BidderRule(extractor.domain());

    private static final String DRC_PROPOSAL = "The Democratic Republic of Congo (DRC) has made a strategic proposal to U.S. "
            + "President Donald Trump offering access to its abundant mineral resources, such as cobalt, lithium, copper and "
            + "tantalum, in exchange for military support to defeat the March 23 Movement (M23) rebel group operating in the "
            + "east of the country with Rwandan backing, according to U.N. reports.";
    private static final String WSJ_LETTER = "Congolese President Felix Tshisekedi detailed this offer in a letter sent to "
            + "Trump last Feb. 8, as revealed by U.S. newspaper The Wall Street Journal (WSJ).";
    private static final String SECURITY_PACT = "In return, the Congolese leader requested a \"formal security pact\" to "
            + "support the DRC Army in its fight against the M23, which currently controls the capitals of North and South "
            + "Kivu provinces, areas rich in resources such as gold and coltan.";

    private List<Claim> claims(String text) {
        return extractor.extract(TestArticles.english(text)).claims();
    }

    private static Claim only(List<Claim> claims, Action action) {
        return claims.stream().filter(c -> c.getAction() == action).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " claim in " + claims));
    }

    @Test
    void drcProposalToTheUsOffersFourMineralsForMilitarySupportAccordingToUnReports() {
        Claim claim = claims(DRC_PROPOSAL).get(0);

        assertThat(claim.getActor().getId()).isEqualTo("CD");
        assertThat(claim.getAction()).isEqualTo(Action.PROPOSE);
        assertThat(claim.getPolarity()).isEqualTo(Polarity.ASSERTED);
        assertThat(claim.getCounterparty().getId()).isEqualTo("US");
        assertThat(claim.getAssets()).containsExactly("cobalt", "lithium", "copper", "tantalum");
        assertThat(claim.getConsideration()).extracting(c -> c.getKind()).contains("military_aid");
        assertThat(claim.getAttribution()).isEqualTo("UN reports");
    }

    @Test
    void rebelGroupAfterTheOfferIsNeverTheCounterpartyOfTheOffer() {
        assertThat(claims(DRC_PROPOSAL)).noneMatch(c -> c.getActor().getId().equals("US"));
    }

    @Test
    void tshisekediLetterIsAnOfferToTrumpRevealedByTheWallStreetJournal() {
        Claim claim = claims(WSJ_LETTER).get(0);

        assertThat(claim.getActor().getId()).isEqualTo("CD");
        assertThat(claim.getActor().getSurface()).contains("Tshisekedi");
        assertThat(claim.getAction()).isEqualTo(Action.OFFER);
        assertThat(claim.getCounterparty().getId()).isEqualTo("US");
        assertThat(claim.getAttribution()).isEqualTo("Wall Street Journal");
    }

    @Test
    void securityPactRequestedInReturnKeepsTheUsAsCounterpartyFromTheArticle() {
        List<Claim> claims = claims(DRC_PROPOSAL + "\n" + WSJ_LETTER + " " + SECURITY_PACT);

        Claim request = only(claims, Action.REQUEST);
        assertThat(request.getActor().getId()).isEqualTo("CD");
        assertThat(request.getCounterparty().getId()).isEqualTo("US");
        assertThat(request.getConsideration()).extracting(c -> c.getKind()).containsExactly("security_pact");
    }

    @Test
    void qatarIsAContenderUsingRwandaAsIntermediary() {
        Claim claim = only(claims("Among them, Qatar stands out as a major contender, using Rwanda as an intermediary "
                + "and supplier of Congolese minerals."), Action.COMPETE);

        assertThat(claim.getActor().getId()).isEqualTo("QA");
        assertThat(claim.getCounterparty().getId()).isEqualTo("CD");
        assertThat(claim.getIntermediaries()).extracting(e -> e.getId()).containsExactly("RW");
        assertThat(bidders.bidders(claim)).containsExactly("QA");
    }

    @Test
    void drcNotYetDecidingIsHedged() {
        List<Claim> claims = claims("\"The chief [Tshisekedi] responded to a proposal made to him by the American "
                + "government. But the DRC has not yet decided on this proposed mineral agreement,\" it explained.");

        Claim usProposal = claims.get(0);
        assertThat(usProposal.getActor().getId()).isEqualTo("US");
        assertThat(usProposal.getAction()).isEqualTo(Action.PROPOSE);
        assertThat(usProposal.getCounterparty().getId()).isEqualTo("CD");
        Claim undecided = claims.get(1);
        assertThat(undecided.getActor().getId()).isEqualTo("CD");
        assertThat(undecided.getHedged()).isTrue();
        assertThat(undecided.getHedges()).contains("has not yet decided");
        assertThat(undecided.getPolarity()).isEqualTo(Polarity.ASSERTED);
    }

    @Test
    void noFormalProposalIsANegatedProposal() {
        Claim claim = only(claims("Although no formal proposal has been made, DRC legislators appear to hope for US "
                + "military support in exchange for access to these minerals."), Action.PROPOSE);

        assertThat(claim.getPolarity()).isEqualTo(Polarity.NEGATED);
        assertThat(claim.getHedged()).isTrue();
    }

    @Test
    void usWishToReduceChinasDominanceMakesBothBidders() {
        List<Claim> claims = claims("Analysts suggest that the US may benefit from direct access to DRC-controlled "
                + "minerals and view the potential partnership as a means to reduce China’s dominance in the region’s "
                + "mining industry.");

        Claim china = only(claims, Action.COMPETE);
        assertThat(china.getActor().getId()).isEqualTo("CN");
        assertThat(claims.get(0).getActor().getId()).isEqualTo("US");
        assertThat(claims.get(0).getHedged()).isTrue();
        assertThat(bidders.bidders(claims)).containsExactlyInAnyOrder("US", "CN");
    }

    @Test
    void wholeSeedArticleNamesTheUsAndQatarAsBidders() {
        List<Claim> claims = extractor.extract(TestArticles.seed("000_08a18f8c2fb835f0.txt")).claims();

        assertThat(bidders.bidders(claims)).contains("US", "QA").doesNotContain("CD", "RW", "m23");
    }

    @Test
    void stateDepartmentWillingnessToInvestIsAProposalToInvestWithItsAttribution() {
        Claim claim = claims("A U.S. State Department spokesperson told the Financial Times that the American "
                + "administration is willing to invest in the DRC's critical minerals sector.").get(0);

        assertThat(claim.getActor().getId()).isEqualTo("US");
        // "is willing to invest": money offered, not yet spent
        assertThat(claim.getAction()).isEqualTo(Action.PROPOSE);
        assertThat(claim.getConsideration()).extracting(c -> c.getKind()).contains("investment");
        assertThat(claim.getCounterparty().getId()).isEqualTo("CD");
        assertThat(claim.getAttribution()).isNotNull();
    }

    @Test
    void interestedCountriesGivenAsExamplesAreOneSeekingClaimEach() {
        List<Claim> claims = claims("The presidential source also mentioned other interested countries, such as Belgium, "
                + "the U.K., China and Russia, noting that \"the Congolese government is waiting for all the contenders to "
                + "make an official pronouncement.\"");

        List<Claim> seeking = claims.stream().filter(c -> c.getAction() == Action.SEEK).toList();
        assertThat(seeking).extracting(c -> c.getActor().getId()).containsExactly("BE", "GB", "CN", "RU");
        assertThat(seeking).allSatisfy(c -> assertThat(c.getCounterparty().getId()).isEqualTo("CD"));
    }

    @Test
    void wholeSeedArticleGivesTheOfferQatarTheHedgeAndTheInterestedCountries() {
        List<Claim> claims = extractor.extract(TestArticles.seed("000_08a18f8c2fb835f0.txt")).claims();

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("CD");
            assertThat(c.getAction()).isEqualTo(Action.OFFER);
            assertThat(c.getCounterparty().getId()).isEqualTo("US");
            assertThat(c.getAttribution()).isEqualTo("Wall Street Journal");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("CD");
            assertThat(c.getAction()).isEqualTo(Action.REQUEST);
            assertThat(c.getConsideration()).extracting(x -> x.getKind()).contains("security_pact");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("QA");
            assertThat(c.getAction()).isEqualTo(Action.COMPETE);
            assertThat(c.getIntermediaries()).extracting(e -> e.getId()).containsExactly("RW");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("CD");
            assertThat(c.getHedges()).contains("has not yet decided");
        });
        assertThat(claims).filteredOn(c -> c.getAction() == Action.SEEK && "CD".equals(c.getCounterparty().getId()))
                .extracting(c -> c.getActor().getId()).contains("BE", "GB", "CN", "RU");
        // the article is about the DRC's minerals, so each interested country is a bidder
        assertThat(bidders.bidders(claims)).contains("US", "QA", "BE", "GB", "CN", "RU");
    }

    @Test
    void mainClaimsOfTheSeedArticleLeadWithTheDrcOfferToTheUs() {
        ExtractionResult result = extractor.extract(TestArticles.seed("000_08a18f8c2fb835f0.txt"));

        assertThat(result.mainClaims()).isNotEmpty().isSubsetOf(result.claims());
        assertThat(result.mainClaims()).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("CD");
            assertThat(c.getAction()).isIn(Action.OFFER, Action.PROPOSE);
            assertThat(c.getCounterparty().getId()).isEqualTo("US");
        });
        long statements = result.mainClaims().stream()
                .map(c -> c.getActor().getId() + c.getAction() + c.getCounterparty().getId()).distinct().count();
        assertThat(statements).isLessThanOrEqualTo(MainClaimSelector.MAX_STATEMENTS * 2L);
    }
}
