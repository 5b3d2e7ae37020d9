package io.claimstream.dedup;

import static io.claimstream.dedup.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.schema.DuplicateKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateJudgeTest {

    private final FingerprintExtractor extractor = new FingerprintExtractor();
    private final DuplicateJudge judge = new DuplicateJudge();
    private final Fingerprint original = extractor.extract(
            article("orig").from("wirenews.com").text(NewsFixtures.ORIGINAL).build());

    private Optional<Verdict> judgeAgainstOriginal(ArticleBuilder newer) {
        return judge.judge(extractor.extract(newer.build()), original);
    }

    @Test
    void sameTextAtAnotherUrlIsAnExactDuplicate() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("copy").from("mirror.net").text(NewsFixtures.ORIGINAL.toUpperCase()));

        assertThat(verdict).get().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(DuplicateKind.EXACT);
            assertThat(v.evidence()).containsExactly("same-content-hash");
        });
    }

    @Test
    void sameCanonicalUrlIsAnExactDuplicateEvenWhenTheTextChanged() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("updated").from("wirenews.com").url("https://wirenews.com/orig").text(NewsFixtures.UNRELATED));

        assertThat(verdict).get().extracting(Verdict::kind).isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void sameTextInOtherSiteChromeIsABoilerplateCopy() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("chrome").from("aggregator.io").text(NewsFixtures.IN_OTHER_CHROME));

        assertThat(verdict).get().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(DuplicateKind.BOILERPLATE);
            assertThat(v.evidence()).contains("attribution:wirenews.com");
        });
    }

    @Test
    void rewriteWithAttributionLineIsADuplicate() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("rewrite").from("newsdigest.site").text(NewsFixtures.ATTRIBUTED_REWRITE));

        assertThat(verdict).get().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(DuplicateKind.REWRITE);
            assertThat(v.evidence()).contains("attribution:wirenews.com");
        });
    }

    @Test
    void synonymSpunRewriteIsADuplicate() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("spun").from("contentfarm.biz").unknownPublicationDate().text(NewsFixtures.SYNONYM_SPUN));

        assertThat(verdict).get().extracting(Verdict::kind).isEqualTo(DuplicateKind.REWRITE);
    }

    @Test
    void frenchRenderingIsATranslation() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("fr").from("journal.fr").language("fr").text(NewsFixtures.FRENCH_TRANSLATION));

        assertThat(verdict).get().extracting(Verdict::kind).isEqualTo(DuplicateKind.TRANSLATION);
    }

    @Test
    void germanAndItalianRenderingsAreTranslations() {
        Optional<Verdict> german = judgeAgainstOriginal(
                article("de").from("zeitung.de").language("de").text(NewsFixtures.GERMAN_TRANSLATION));
        Optional<Verdict> italian = judgeAgainstOriginal(
                article("it").from("giornale.it").language("it").text(NewsFixtures.ITALIAN_TRANSLATION));

        assertThat(german).get().extracting(Verdict::kind).isEqualTo(DuplicateKind.TRANSLATION);
        assertThat(italian).get().extracting(Verdict::kind).isEqualTo(DuplicateKind.TRANSLATION);
    }

    @Test
    void aGermanOutletsOwnReportOfTheEventIsNotATranslation() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("de-own").from("boerse.de").language("de").text(NewsFixtures.GERMAN_INDEPENDENT_REPORT));

        assertThat(verdict).isEmpty();
    }

    @Test
    void aTeaserOfTheOpeningIsACopyOfTheFullPiece() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("digest").from("newsdigest.site").text(NewsFixtures.TEASER));

        assertThat(verdict).get().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(DuplicateKind.REWRITE);
            assertThat(v.evidence()).contains("teaser");
        });
    }

    @Test
    void aReportQuotingTheOriginalsWordsIsACitationNotACopy() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("citing").from("capitalpost.com").text(NewsFixtures.CITING_REPORT));

        assertThat(verdict).isEmpty();
    }

    @Test
    void independentReportOfTheSameEventIsNotADuplicate() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("other-agency").from("otherwire.com").text(NewsFixtures.INDEPENDENT_REPORT));

        assertThat(verdict).isEmpty();
    }

    @Test
    void unrelatedStoryIsNotADuplicate() {
        assertThat(judgeAgainstOriginal(article("rain").text(NewsFixtures.UNRELATED))).isEmpty();
    }

    @Test
    void rewritePublishedWeeksLaterIsNotADuplicate() {
        Optional<Verdict> verdict = judgeAgainstOriginal(
                article("late").from("newsdigest.site").publishedDaysLater(60).text(NewsFixtures.SYNONYM_SPUN));

        assertThat(verdict).isEmpty();
    }

    @Test
    void aRewriteOfATitleCaseHeadlinePieceAlignsOnTheWordsTheHeadlineCapitalises() {
        // The headline capitalises every word, but the body writes "island", "government", "ferry", "contract" in
        // lower case: they are the piece's own words, not names, so the rewrite's opening sentence aligns on them
        // rather than counting as one that shares only names.
        Fingerprint wire = extractor.extract(article("wire").from("harbourwire.com").text("""
                Island Government Approves Ferry Contract With Varnholm Shipyard After Long Transport Talks
                The island government has made the decision to approve a ferry contract with the Varnholm \
                shipyard, according to reports from Harbour Radio.
                The ferry contract, presented by the transport ministry, gives the island four new ferries.
                Elsewhere, the Ostmark assembly debated its fishing quotas and the Lindqvist bridge tolls.
                """).build());
        Fingerprint rewrite = extractor.extract(article("blog").from("coastblog.net").unknownPublicationDate().text("""
                Island Approves Ferry Contract With Shipyard
                The island government has approved a draft ferry contract with the Varnholm shipyard, as a decree \
                on the legal portal announced.
                Under the ferry contract, which the transport ministry presented, the island gets four ferries.
                Commentators believe this opens new chances for the economy and its workers.
                """).build());

        assertThat(judge.judge(rewrite, wire)).get().extracting(Verdict::kind).isEqualTo(DuplicateKind.REWRITE);
    }
}
