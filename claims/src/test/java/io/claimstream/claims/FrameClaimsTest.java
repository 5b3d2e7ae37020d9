package io.claimstream.claims;

import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Polarity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parse method reads who did what to whom off the sentence's grammar, on invented sentences: roles come from
 * subjects, objects, agents, control and coordination, never from the words of one article.
 */
class FrameClaimsTest {

    private static final ClaimExtractor PARSE = ClaimExtractor.withDefaultDomain(ClaimExtractor.Method.PARSE);

    private static List<String> claims(String sentence) {
        return PARSE.extract(TestArticles.english(sentence)).claims().stream().map(FrameClaimsTest::brief).toList();
    }

    private static String brief(Claim c) {
        return c.getActor().getId() + " " + c.getAction() + (c.getPolarity() == Polarity.NEGATED ? " not" : "")
                + " " + (c.getCounterparty() == null ? "-" : c.getCounterparty().getId());
    }

    @Test
    void theSubjectOfAnOfferMakesItAndItsIndirectObjectReceivesIt() {
        assertThat(claims("Qatar offered the Congolese government a $5 billion investment in its copper mines."))
                .contains("QA OFFER CD");
    }

    @Test
    void thePassiveAgentActsAndItsCoordinatedPartnerIsTheOtherParty() {
        assertThat(claims("A cobalt supply agreement was signed by Belgium and the Democratic Republic of Congo on Monday."))
                .contains("BE SIGN CD");
    }

    @Test
    void coordinatedSubjectsEachMakeAMoveTheyMakeOnTheirOwn() {
        assertThat(claims("Belgium and the United Kingdom offered the DRC new investment in its cobalt mines."))
                .contains("BE OFFER CD", "GB OFFER CD");
    }

    @Test
    void theExamplesOfAClassHoldWhatItsAdjectiveSays() {
        assertThat(claims("Kinshasa listed other interested countries, such as Belgium and Russia, for its cobalt tender."))
                .anyMatch(c -> c.startsWith("BE SEEK")).anyMatch(c -> c.startsWith("RU SEEK"));
    }

    @Test
    void whoeverIsUrgedToActIsTheActorOfTheInfinitive() {
        assertThat(claims("Belgium urged Rwanda to withdraw its troops from eastern Congo, where the cobalt mines are."))
                .contains("RW WITHDRAW CD");
    }

    @Test
    void aRelativePronounStandsForTheNounItsClauseModifies() {
        assertThat(claims("The talks stalled over the M23 rebels, who seized the tin mines of Congo last year."))
                .anyMatch(c -> c.startsWith("m23 SEIZE"));
    }

    @Test
    void aNegatedVerbGivesANegatedClaim() {
        assertThat(claims("China did not sign any minerals agreement with the DRC this year."))
                .contains("CN SIGN not CD");
    }

    @Test
    void aNameGluedToTheVerbByAHyphenIsItsActor() {
        assertThat(claims("Congo and Rwanda signed a Qatar-mediated accord on the lithium trade."))
                .contains("QA MEDIATE CD", "CD SIGN RW");
    }

    @Test
    void aPossessorOwnsTheMoveItsNounNames() {
        assertThat(claims("Russia's proposal to the DRC covers gold and coltan concessions."))
                .contains("RU PROPOSE CD");
    }

    @Test
    void aPossessivePronounPointsBackToTheEntityNamedBeforeIt() {
        assertThat(claims("Tshisekedi said his country is willing to partner with the United States on critical minerals."))
                .contains("CD PROPOSE US");
    }

    @Test
    void aPlaceAfterAPrepositionThatIntroducesNoPartyIsNoParty() {
        assertThat(claims("The European Union signed a raw materials memorandum in Kigali on Monday."))
                .noneMatch(c -> c.equals("EU SIGN RW"));
    }

    @Test
    void badInputYieldsNoClaimAndNeverThrows() {
        String oneLongSentence = "Qatar offered Congo minerals and ".repeat(32_000);
        String garbage = new String(new char[] {0, 1, 2, 0xFFFD, 0x7F, 'x', 0xD7FF}).repeat(1_000);

        assertThat(PARSE.extract(TestArticles.english("")).claims()).isEmpty();
        assertThat(PARSE.extract(TestArticles.english(garbage)).claims()).isEmpty();
        assertThat(PARSE.extract(TestArticles.english(oneLongSentence)).claims()).isEmpty();
    }

    @Test
    void theUnionKeepsTheRulesMainClaimsAndAddsTheParsesOtherReadingsAsEvidence() {
        ClaimExtractor union = ClaimExtractor.withDefaultDomain(ClaimExtractor.Method.UNION);
        for (String seed : List.of("000_08a18f8c2fb835f0.txt", "001_3b960e37f99b3145.txt", "002_4031e58a0f0c6545.txt")) {
            ExtractionResult rules = SharedExtractor.INSTANCE.extract(TestArticles.seed(seed));
            ExtractionResult both = union.extract(TestArticles.seed(seed));

            assertThat(both.mainClaims()).isEqualTo(rules.mainClaims());
            assertThat(both.claims()).containsAll(rules.claims());
        }
    }

    @Test
    void theDefaultMethodIsStillTheRules() {
        assertThat(ClaimExtractor.withDefaultDomain().method()).isEqualTo(ClaimExtractor.Method.RULES);
        assertThat(ClaimExtractor.Method.parse("parse")).isEqualTo(ClaimExtractor.Method.PARSE);
        assertThat(Action.valueOf("OFFER")).isNotNull();
    }
}
