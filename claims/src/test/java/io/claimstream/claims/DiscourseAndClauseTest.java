package io.claimstream.claims;

import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pronouns, example lists and participles, on sentences written for these tests. */
class DiscourseAndClauseTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;

    private List<Claim> claims(String text) {
        return extractor.extract(TestArticles.english(text)).claims();
    }

    @Test
    void sentenceInitialHeActsForThePreviousSentencesNamedSubject() {
        List<Claim> claims = claims("Tshisekedi wrote to Trump last month about the war.\n"
                + "He offered the United States access to cobalt and copper in exchange for military support.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("CD");
            assertThat(c.getAction()).isEqualTo(Action.OFFER);
            assertThat(c.getCounterparty().getId()).isEqualTo("US");
        });
    }

    @Test
    void rivalsListedWithIncludingAreEachAnActor() {
        List<Claim> claims = claims("Several rivals, including China and Russia, are interested in Congo's cobalt mines.");

        assertThat(claims).extracting(c -> c.getActor().getId()).contains("CN", "RU");
        assertThat(claims).allSatisfy(c -> assertThat(c.getCounterparty().getId()).isEqualTo("CD"));
    }

    @Test
    void agentOfAParticipleAfterTheTriggerIsNotTheSigner() {
        List<Claim> claims = claims("Kenya and Angola signed a minerals trade pact brokered by the European Union on Friday.");

        Claim signing = claims.stream().filter(c -> c.getAction() == Action.SIGN).findFirst().orElseThrow();
        assertThat(List.of(signing.getActor().getId(), signing.getCounterparty().getId())).containsExactlyInAnyOrder("KE", "AO");
    }

    @Test
    void anAsideBetweenDashesIsReadLikeOneBetweenCommas() {
        String aside = "Fighting went on in the east, where the M23 rebel group %s which the UN says is backed by Rwanda %s has been gaining ground.";

        for (String[] marks : new String[][] {{",", ","}, {"–", "–"}, {"—", "—"}, {"(", ")"}}) {
            String sentence = String.format(aside, marks[0], marks[1]).replace("( ", "(").replace(" )", ")");
            assertThat(claims(sentence)).as(sentence).anySatisfy(c -> {
                assertThat(c.getActor().getId()).isEqualTo("m23");
                assertThat(c.getAction()).isEqualTo(Action.SEIZE);
            });
        }
    }

    @Test
    void anAsideKeepsTheEvidenceAsWritten() {
        String sentence = "The M23 rebel group – which Rwanda denies backing – has seized the town of Goma.";

        assertThat(claims(sentence)).allSatisfy(c -> assertThat(c.getEvidence().getSentence()).isEqualTo(sentence));
    }

    @Test
    void workingOutADealIsNegotiating() {
        assertThat(claims("Kinshasa has been trying to work out a deal on cobalt with Erik Prince.")).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("CD");
            assertThat(c.getAction()).isEqualTo(Action.NEGOTIATE);
            assertThat(c.getCounterparty().getId()).isEqualTo("erik-prince");
        });
    }

    @Test
    void aPossessiveBeforeAnAdjectiveTriggerIsItsActor() {
        assertThat(claims("Washington wants to counter China's dominant position in cobalt."))
                .anySatisfy(c -> {
                    assertThat(c.getActor().getId()).isEqualTo("CN");
                    assertThat(c.getAction()).isEqualTo(Action.COMPETE);
                });
    }

    @Test
    void rebelsControllingTerritorySeizeItButAStateControllingAMarketDominatesIt() {
        assertThat(claims("M23 rebels control the mining town of Rubaya in the DRC."))
                .anySatisfy(c -> assertThat(c.getAction()).isEqualTo(Action.SEIZE));
        assertThat(claims("China controls the cobalt market."))
                .singleElement().satisfies(c -> {
                    assertThat(c.getActor().getId()).isEqualTo("CN");
                    assertThat(c.getAction()).isEqualTo(Action.COMPETE);
                });
    }

    @Test
    void quotationMarksInsideAPhraseDoNotHideIt() {
        assertThat(claims("Kinshasa is having “daily exchanges” with the United States about cobalt.")).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("CD");
            assertThat(c.getAction()).isEqualTo(Action.NEGOTIATE);
            assertThat(c.getCounterparty().getId()).isEqualTo("US");
        });
    }

    @Test
    void aSigningInAToInfinitiveIsProposedNotDone() {
        assertThat(claims("The Congolese president wrote to Washington asking to strike a cobalt deal."))
                .noneSatisfy(c -> assertThat(c.getAction()).isEqualTo(Action.SIGN))
                .anySatisfy(c -> assertThat(c.getAction()).isEqualTo(Action.PROPOSE));
    }

    @Test
    void aParticipleAfterTheDealItDescribesHasOnlyAByAgent() {
        assertThat(claims("The rebel group, named M23 after a failed peace deal signed on March 23, 2009, fights the DRC army."))
                .noneSatisfy(c -> assertThat(c.getAction()).isEqualTo(Action.SIGN));
        assertThat(claims("The agreement signed by Rwanda and the DRC in Washington ends the war."))
                .anySatisfy(c -> assertThat(c.getAction()).isEqualTo(Action.SIGN));
    }

    @Test
    void aSigningParticipleUsedAsAnAdjectiveSignsNothing() {
        assertThat(claims("Trump met Tshisekedi in March.\nHe said the concluded agreement opens Congo's cobalt to American firms."))
                .noneSatisfy(c -> assertThat(c.getAction()).isEqualTo(Action.SIGN));
    }

    @Test
    void anEntityAfterALongTitleIsStillThePrepositionsObject() {
        assertThat(claims("At a ceremony with U.S. Secretary of State Marco Rubio, the foreign ministers signed the cobalt agreement."))
                .noneSatisfy(c -> assertThat(c.getActor().getId()).isEqualTo("US"));
    }

    @Test
    void theMediatorOfAMeetingIsNoPartyToIt() {
        List<Claim> claims = claims("Presidents Tshisekedi and Paul Kagame of Rwanda met under the mediation of Qatari Emir Tamim "
                + "to discuss the conflict in eastern Congo.");

        assertThat(claims).noneSatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(Action.NEGOTIATE);
            assertThat(List.of(c.getActor().getId(), c.getCounterparty().getId())).contains("QA");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("QA");
            assertThat(c.getAction()).isEqualTo(Action.MEDIATE);
        });
    }

    @Test
    void mainClaimsAreAtMostThreeStatementsInArticleOrder() {
        ExtractionResult result = extractor.extract(TestArticles.seed("001_3b960e37f99b3145.txt"));

        assertThat(result.mainClaims()).isSubsetOf(result.claims());
        long statements = result.mainClaims().stream()
                .map(c -> c.getActor().getId() + c.getAction() + (c.getCounterparty() == null ? "-" : c.getCounterparty().getId()))
                .distinct().count();
        assertThat(statements).isBetween(1L, (long) MainClaimSelector.MAX_STATEMENTS * 2);
        List<Integer> starts = result.mainClaims().stream().map(c -> c.getEvidence().getStart()).toList();
        assertThat(starts).isSorted();
    }

    @Test
    void aPledgeToSignIsAProposalBetweenTheCoSubjects() {
        List<Claim> claims = claims("The rebels and Kinshasa pledged to sign a peace deal at a ceremony in Doha this month.");

        Claim pledge = claims.stream().filter(c -> c.getAction() == Action.PROPOSE).findFirst().orElseThrow();
        assertThat(List.of(pledge.getActor().getId(), pledge.getCounterparty().getId())).containsExactlyInAnyOrder("CD", "m23");
        assertThat(claims).noneMatch(c -> c.getAction() == Action.SIGN);
    }

    @Test
    void plansToInvestIsAProposalButAPledgeToInvestIsAnInvestment() {
        assertThat(claims("Al Mansour Holding plans to invest $21 billion in the DRC.")).extracting(Claim::getAction)
                .containsExactly(Action.PROPOSE);
        assertThat(claims("Al Mansour Holding pledged to invest $21 billion in the DRC.")).extracting(Claim::getAction)
                .containsExactly(Action.INVEST);
    }

    @Test
    void theSigningAsAnEventReferenceHasNoActorNearby() {
        List<Claim> claims = claims("Speaking before the signing, Trump said the war with the rebels had lasted decades.");

        assertThat(claims).noneMatch(c -> c.getAction() == Action.SIGN);
    }

    @Test
    void aSpeakerIsNotTheOtherPartyOfTheClauseItIntroduces() {
        List<Claim> claims = claims("The mine was seized in April by M23, a rebel group the UN says has plundered its riches.");

        assertThat(claims).allSatisfy(c -> assertThat(c.getCounterparty() == null ? null : c.getCounterparty().getId()).isNotEqualTo("UN"));
    }

    @Test
    void aSeizureWithNoOtherPartyNamedIsAgainstTheHost() {
        Claim seizure = claims("The M23 rebels have made territorial gains in the eastern regions this year.").get(0);

        assertThat(seizure.getActor().getId()).isEqualTo("m23");
        assertThat(seizure.getAction()).isEqualTo(Action.SEIZE);
        assertThat(seizure.getCounterparty().getId()).isEqualTo("CD");
    }

    @Test
    void aCityAfterInIsTheVenueOfASigningNotItsOtherParty() {
        List<Claim> claims = claims("Kenya signed the cobalt accord in Washington on Friday.");

        assertThat(claims).noneMatch(c -> c.getCounterparty() != null && c.getCounterparty().getId().equals("US"));
    }

    @Test
    void currencyPrefixesAndPlacesInsideNamesAreNoParties() {
        List<Claim> claims = claims("The EU plans €300Bn (US$324Bn) of investments in Rwanda under the Washington Accords framework.");

        assertThat(claims).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getActor().getId()).isNotEqualTo("US");
            assertThat(c.getCounterparty().getId()).isNotEqualTo("US");
        });
    }

    @Test
    void aPassiveWithoutAgentHasNoActor() {
        assertThat(claims("The mines of Congo are coveted for their cobalt.")).isEmpty();
    }

    @Test
    void aGerundTaggedAsANounKeepsItsVerbAction() {
        List<Claim> claims = claims("In a quiet move, Qatar succeeded in hosting Kagame and Tshisekedi for direct talks.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("QA");
            assertThat(c.getAction()).isEqualTo(Action.MEDIATE);
        });
    }

    @Test
    void aPhraseReadsThroughSingleQuotationMarks() {
        List<Claim> claims = claims("Kenya is holding 'regular exchanges' with the European Union over its copper.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(Action.NEGOTIATE);
            assertThat(List.of(c.getActor().getId(), c.getCounterparty().getId())).containsExactlyInAnyOrder("KE", "EU");
        });
    }

    @Test
    void aGerundAfterByBelongsToTheMainClausesSubject() {
        List<Claim> claims = claims("KoBold Metals, a young mining startup, expanded into Zambia by reaching a framework deal to buy AVZ Minerals' project.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("kobold-metals");
            assertThat(c.getAction()).isEqualTo(Action.SIGN);
            assertThat(c.getCounterparty().getId()).isEqualTo("avz-minerals");
        });
        assertThat(claims).noneMatch(c -> c.getActor().getId().equals("ZM") && c.getAction() == Action.SIGN);
    }

    @Test
    void announcingAPartnershipWithSomeoneConcludesIt() {
        List<Claim> claims = claims("Angola announced a new mining partnership with the European Union on Monday.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(Action.SIGN);
            assertThat(List.of(c.getActor().getId(), c.getCounterparty().getId())).containsExactlyInAnyOrder("AO", "EU");
        });
    }

    @Test
    void talksBetweenTwoPartiesAreTheirsWhoeverTheSentenceIsAbout() {
        List<Claim> claims = claims("Kenya welcomed the talks between Rwanda and the DRC on cobalt exports.");

        Claim talks = claims.stream().filter(c -> c.getAction() == Action.NEGOTIATE).findFirst().orElseThrow();
        assertThat(List.of(talks.getActor().getId(), talks.getCounterparty().getId())).containsExactlyInAnyOrder("RW", "CD");
    }

    @Test
    void reconsideringAnAgreementIsAReviewOfItNotAWithdrawal() {
        List<Claim> claims = claims("The European Union will reconsider its minerals agreement with Rwanda after the offensive.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("EU");
            assertThat(c.getAction()).isEqualTo(Action.REVIEW);
            assertThat(c.getCounterparty().getId()).isEqualTo("RW");
        });
        // whoever reviews a minerals deal holds one: still a bidder for the minerals it covers
        assertThat(new BidderRule(extractor.domain()).bidders(claims)).contains("EU");
    }

    @Test
    void thatAfterADealWithSomeoneDescribesTheDeal() {
        List<Claim> claims = claims("Angola signed a deal with the United States that provides access to copper.");

        assertThat(claims).noneMatch(c -> c.getActor().getId().equals("US") && c.getAction() != Action.SIGN);
    }

    @Test
    void anEntityInsideAWhereClauseIsNoPartyOfTheVerbBeforeIt() {
        List<Claim> claims = claims("The United States wants a foothold in the copper belt where China has long been dominant.");

        assertThat(claims).noneMatch(c -> c.getActor().getId().equals("US") && c.getCounterparty() != null
                && c.getCounterparty().getId().equals("CN"));
    }

    @Test
    void aRememberedPartyFillsOnlyASentenceThatCarriesTheDealsSubstance() {
        List<Claim> claims = claims("Qatar offered Rwanda a copper deal in March.\n"
                + "Later, Qatar convened high-level talks at a summit.\n"
                + "Qatar also requested guaranteed cobalt supplies.");

        assertThat(claims).noneMatch(c -> c.getEvidence().getSentence().contains("convened") && c.getCounterparty() != null);
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(Action.REQUEST);
            assertThat(c.getCounterparty().getId()).isEqualTo("RW");
        });
    }

    @Test
    void theSignatureOfAnAgreementBetweenTwoPartiesIsTheirSigning() {
        List<Claim> claims = claims("The signature of the copper memorandum between Angola and the European Union marks a new step.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(Action.SIGN);
            assertThat(List.of(c.getActor().getId(), c.getCounterparty().getId())).containsExactlyInAnyOrder("AO", "EU");
        });
    }

    @Test
    void anAcronymRepeatingANameOpensNoClause() {
        List<Claim> claims = claims("After similar signatures with the Democratic Republic of the Congo (DRC), and Zambia last year, the EU now adds a memorandum with Rwanda.");

        assertThat(claims).noneMatch(c -> c.getActor().getId().equals("CD"));
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("EU");
            assertThat(c.getAction()).isEqualTo(Action.SIGN);
        });
    }

    @Test
    void aPassiveWhoseAgentIsNoEntityHasNoActor() {
        List<Claim> claims = claims("Kenya wants to end mining practices facilitated by foreign actors like Rwanda.");

        assertThat(claims).noneMatch(c -> c.getAction() == Action.MEDIATE);
    }

    @Test
    void partiesDoingSomethingToEachOtherAreEachAnActor() {
        List<Claim> claims = claims("Belgium and Rwanda have expelled each other's diplomats over the war.");

        assertThat(claims).filteredOn(c -> c.getAction() == Action.WITHDRAW)
                .extracting(c -> c.getActor().getId() + ">" + c.getCounterparty().getId())
                .containsExactlyInAnyOrder("BE>RW", "RW>BE");
    }

    @Test
    void aMeetingWhereADealWasPresentedIsNoMainClaimOfItsOwn() {
        ExtractionResult result = extractor.extract(TestArticles.english(
                "During meetings with Kenya's president, the Qatari delegation presented a letter of intent for copper investments."));

        assertThat(result.claims()).extracting(Claim::getAction).contains(Action.NEGOTIATE, Action.PROPOSE);
        assertThat(result.mainClaims()).extracting(Claim::getAction).containsExactly(Action.PROPOSE);
    }

    @Test
    void examplesAfterAPrepositionAreTheOtherPartiesNotActors() {
        List<Claim> claims = claims("After signatures with other nations including Kenya and Zambia, the EU now adds a memorandum with Rwanda.");

        assertThat(claims).noneMatch(c -> c.getActor().getId().equals("KE") || c.getActor().getId().equals("ZM"));
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("EU");
            assertThat(c.getCounterparty().getId()).isEqualTo("KE");
        });
    }

    @Test
    void aRelativeClauseWithALightVerbBelongsToItsAntecedent() {
        List<Claim> claims = claims("Kenya is facing pressure from M23 rebels who have made territorial gains near its border.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("m23");
            assertThat(c.getAction()).isEqualTo(Action.SEIZE);
        });
    }

    @Test
    void aClassAndItsExampleAreOneSideNotTwoParties() {
        List<Claim> claims = claims("Armed groups, particularly the M23 rebellion, believed to be supported by Rwanda, have seized large territories.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("m23");
            assertThat(c.getAction()).isEqualTo(Action.SEIZE);
            assertThat(c.getCounterparty().getId()).isEqualTo("CD");
        });
        assertThat(claims).noneMatch(c -> c.getActor().getId().equals("RW"));
    }

    @Test
    void theGroupOpeningASentenceIsTheArmedGroupLastNamed() {
        List<Claim> claims = claims("Kenya has been plagued by violence, with the M23 rebel group escalating attacks.\n"
                + "The group seized Goma in January.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("m23");
            assertThat(c.getAction()).isEqualTo(Action.SEIZE);
            assertThat(c.getEvidence().getSentence()).startsWith("The group");
        });
    }

    @Test
    void aPlaceNamingAConflictIsNoParty() {
        List<Claim> claims = claims("Kenya and Rwanda Expel Diplomats Amid Congo Tensions");

        assertThat(claims).isNotEmpty().noneMatch(c -> c.getCounterparty() != null && c.getCounterparty().getId().equals("CD"));
        assertThat(claims("This Kenya DRC relations development signals a growing interest in cooperation."))
                .noneMatch(c -> c.getActor().getId().equals("CD"));
    }

    @Test
    void anInvestmentDiscussedAtTalksIsPartOfTheTalks() {
        ExtractionResult result = extractor.extract(TestArticles.english(
                "The European Union met with Rwanda on Monday to discuss prospects for a ceasefire and EU investments in the copper sector."));

        assertThat(result.claims()).extracting(Claim::getAction).contains(Action.NEGOTIATE, Action.INVEST);
        assertThat(result.mainClaims()).extracting(Claim::getAction).containsExactly(Action.NEGOTIATE);
    }

    @Test
    void anInvestmentADealWouldSecureIsPartOfTheTalksOnThatDeal() {
        ExtractionResult result = extractor.extract(TestArticles.english(
                "Zambian officials were optimistic about a deal with Kenya to secure Kenyan investment in copper mines, Reuters reported.\n"
                + "Kenya held talks with Zambia on copper on Monday.\n"
                + "Kenya will resume talks with Zambia next week."));

        assertThat(result.claims()).extracting(Claim::getAction).contains(Action.INVEST, Action.NEGOTIATE);
        assertThat(result.mainClaims()).extracting(Claim::getAction).containsExactly(Action.NEGOTIATE);
    }

    @Test
    void aPassiveKeepsItsAgentPastPlaceAndDate() {
        List<Claim> claims = claims("A copper accord was signed in Nairobi on Friday, June 27, 2025, by Kenya and Zambia, raising hopes.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(Action.SIGN);
            assertThat(List.of(c.getActor().getId(), c.getCounterparty().getId())).containsExactlyInAnyOrder("KE", "ZM");
        });
        assertThat(claims("A copper accord with Kenya was signed in Nairobi and later praised by Zambia."))
                .noneMatch(c -> c.getActor().getId().equals("ZM"));
    }

    @Test
    void theCountryPointsBackToTheLastCountryThatIsNotTheActorsOwn() {
        List<Claim> claims = claims("Kenya is attracting the attention of foreign investors.\n"
                + "The Qatari company Al Mansour Holding, founded by a member of Qatar’s royal family, has announced its intention"
                + " to inject 21 billion dollars into various sectors of the country.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.getActor().getId()).isEqualTo("al-mansour-holding");
            assertThat(c.getAction()).as("an announced intention to invest is a proposal").isEqualTo(Action.PROPOSE);
            assertThat(c.getCounterparty().getId()).isEqualTo("KE");
            assertThat(c.getCounterparty().getSurface()).isEqualTo("Kenya");
        });
    }

    @Test
    void aJourneyMadeToSignTellsTheSigningWhileAJourneyToComeProposesIt() {
        assertThat(claims("Kenya and Zambia sent ministers to Nairobi to sign a copper deal."))
                .extracting(Claim::getAction).containsExactly(Action.SIGN);
        assertThat(claims("Kenya and Zambia are set to send diplomats to sign a copper deal."))
                .extracting(Claim::getAction).containsExactly(Action.PROPOSE);
    }

    @Test
    void theObjectOfAnInfinitiveIsNoSubjectOfTheVerbCoordinatedWithIt() {
        List<Claim> claims = claims("Kenya wants to bring Zambia on board and supply it with copper.");

        assertThat(claims).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("KE");
            assertThat(c.getCounterparty().getId()).isEqualTo("ZM");
        });
    }

    @Test
    void aCommaInsideANameListClosesNoOpeningClause() {
        assertThat(claims("The proposal followed a meeting between Kenya, Zambian Energy Minister Peter Kapala, and Zambian lawmakers,"
                + " during which several agreements were reportedly reached.")).isEmpty();
        assertThat(claims("Although no formal proposal has been made to Kenya, Zambian legislators back the copper deal."))
                .extracting(c -> c.getActor().getId() + " " + c.getAction() + " " + c.getPolarity() + " " + c.getCounterparty().getId())
                .containsExactly("ZM PROPOSE NEGATED KE");
    }

    @Test
    void whatSomeoneNeedsOrCallsForFromAPartyIsTheirWishNotThatPartysMove() {
        assertThat(claims("Kenya stressed the need for Zambian partnership in the copper belt."))
                .extracting(c -> c.getActor().getId() + " " + c.getAction() + " " + c.getCounterparty().getId())
                .containsExactly("KE SEEK ZM");
        assertThat(claims("Kenya called for EU investment in its copper mines."))
                .extracting(c -> c.getActor().getId() + " " + c.getAction() + " " + c.getCounterparty().getId())
                .containsExactly("KE REQUEST EU");
    }

    @Test
    void aSeizureAimedAtIsNoSeizureMadeWhileOneThatContinuesIs() {
        assertThat(claims("M23 rebels launched an offensive in Kenya in a bid to seize the capital."))
                .noneMatch(c -> c.getAction() == Action.SEIZE);
        assertThat(claims("M23 rebels continue to control territory in Kenya."))
                .extracting(c -> c.getActor().getId() + " " + c.getAction() + " " + c.getCounterparty().getId())
                .containsExactly("m23 SEIZE KE");
    }

    @Test
    void aConditionSuppliesNothingAndAnOfferReceivedIsMadeByItsSenderOnly() {
        assertThat(claims("AVZ Minerals is ready to enter into an agreement with KoBold Metals, provided it receives a commercially acceptable offer."))
                .noneMatch(c -> c.getAction() == Action.OFFER);
        assertThat(claims("Providing the US with cobalt, Kenya hopes to win support."))
                .anySatisfy(c -> assertThat(c.getActor().getId() + " " + c.getAction() + " " + c.getCounterparty().getId()).isEqualTo("KE OFFER US"));
        assertThat(claims("Kenya received an offer from Zambia."))
                .extracting(c -> c.getActor().getId() + " " + c.getAction() + " " + c.getCounterparty().getId())
                .containsExactly("ZM OFFER KE");
    }

    @Test
    void suspendingAnAgreementPutsItOnHoldWhileSuspendingAidSanctions() {
        assertThat(claims("Kenya suspended its copper agreement with Rwanda.")).extracting(Claim::getAction).containsExactly(Action.REVIEW);
        assertThat(claims("Kenya suspended military aid to Rwanda.")).extracting(Claim::getAction).containsExactly(Action.SANCTION);
    }

    @Test
    void thePlaceAWhereClauseHangsOnIsWhatIsInvestedIn() {
        List<Claim> claims = claims("Its influence rests on investments, particularly in Rwanda, where Qatar Airways holds a 60 per cent stake in a new airport.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("qatar-airways");
            assertThat(c.getAction()).isEqualTo(Action.INVEST);
            assertThat(c.getCounterparty().getId()).isEqualTo("RW");
        });
    }

    @Test
    void forXToNamesWhoActsAndWantingToAcquireIsSeeking() {
        List<Claim> claims = claims("Many Kenyans see the deal as an opportunity for the European Union to acquire Congo's cobalt.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("EU");
            assertThat(c.getAction()).isEqualTo(Action.SEEK);
            assertThat(c.getCounterparty().getId()).isEqualTo("CD");
        });
        assertThat(claims).noneMatch(c -> c.getActor().getId().equals("KE"));
    }

    @Test
    void pluralInterestsAreHoldingsNotAWish() {
        assertThat(claims("The ruling lets AVZ Minerals sell its interests in the Congo lithium mine to KoBold Metals."))
                .noneMatch(c -> c.getAction() == Action.SEEK);
    }

    @Test
    void aMediatorBetweenTwoPartiesStandsAgainstTheHostsSide() {
        List<Claim> claims = claims("The Qatari Emir, who mediated direct talks in Doha between Kagame and Tshisekedi, left on Friday.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("QA");
            assertThat(c.getAction()).isEqualTo(Action.MEDIATE);
            assertThat(c.getCounterparty().getId()).isEqualTo("CD");
        });
    }

    @Test
    void aNegatedInfinitiveNegatesItsObject() {
        List<Claim> claims = claims("EU foreign ministers decided not to impose immediate sanctions on Rwanda.");

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(Action.SANCTION);
            assertThat(c.getPolarity()).isEqualTo(io.claimstream.schema.Polarity.NEGATED);
        });
    }
}
