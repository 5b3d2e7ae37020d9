package io.claimstream.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGateTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;

    private static final String FRENCH = "La République démocratique du Congo a proposé aux États-Unis un accès à ses "
            + "minerais en échange d'un soutien militaire contre le M23, selon le Wall Street Journal.";
    private static final String ENGLISH = "The Democratic Republic of Congo has offered the United States access to "
            + "cobalt and lithium in exchange for military support against the M23 rebels, according to the Wall Street Journal.";

    @Test
    void declaredFrenchIsSkippedWithItsLanguageAsReason() {
        ExtractionResult result = extractor.extract(TestArticles.article().text(FRENCH).language("fr").build());

        assertThat(result.claims()).isEmpty();
        assertThat(result.skippedReason()).contains("unsupported-language:fr");
    }

    @Test
    void declaredSwahiliIsSkippedEvenWhenItNamesKnownEntities() {
        ExtractionResult result = extractor.extract(TestArticles.article().text(ENGLISH).language("sw").build());

        assertThat(result.skipped()).isTrue();
        assertThat(result.skippedReason()).contains("unsupported-language:sw");
    }

    @Test
    void unknownLanguageThatReadsAsFrenchIsSkipped() {
        ExtractionResult result = extractor.extract(TestArticles.article().text(FRENCH).language("unknown").build());

        assertThat(result.claims()).isEmpty();
        assertThat(result.skippedReason()).hasValueSatisfying(r -> assertThat(r).startsWith("unknown-language-not-english"));
    }

    @Test
    void unknownLanguageThatReadsAsEnglishIsExtractedAndSaysSo() {
        ExtractionResult result = extractor.extract(TestArticles.article().text(ENGLISH).language("unknown").build());

        assertThat(result.skipped()).isFalse();
        assertThat(result.languageBasis()).startsWith("guessed-english");
        assertThat(result.claims()).isNotEmpty();
    }

    @Test
    void frenchMislabelledAsEnglishIsSkippedAndSaysSo() {
        ExtractionResult result = extractor.extract(TestArticles.article().text(FRENCH + " " + FRENCH).language("en").build());

        assertThat(result.claims()).isEmpty();
        assertThat(result.skippedReason()).hasValueSatisfying(r -> assertThat(r).startsWith("declared-en-not-english"));
    }

    @Test
    void blankTextIsSkipped() {
        assertThat(extractor.extract(TestArticles.english("  ")).skippedReason()).contains("empty-text");
    }
}
