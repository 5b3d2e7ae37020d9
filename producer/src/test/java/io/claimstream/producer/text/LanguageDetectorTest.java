package io.claimstream.producer.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.shared();

    @Test
    void englishTextIsEn() {
        assertThat(detector.detect(Fixtures.ENGLISH_TEXT)).isEqualTo("en");
    }

    @Test
    void frenchTextIsFr() {
        assertThat(detector.detect(Fixtures.FRENCH_TEXT)).isEqualTo("fr");
    }

    @Test
    void shortTextIsUnknownRatherThanAGuess() {
        assertThat(detector.detect("The council approved the budget on Tuesday.")).isEqualTo("unknown");
    }

    @Test
    void gibberishIsUnknown() {
        assertThat(detector.detect("1234 5678 ".repeat(40))).isEqualTo("unknown");
    }

    @Test
    void theModelIsLoadedOnce() {
        assertThat(LanguageDetector.shared()).isSameAs(detector);
    }

    @Test
    void iso6393CodesMapToIso6391() {
        assertThat(Iso639.toIso6391("eng")).contains("en");
        assertThat(Iso639.toIso6391("fra")).contains("fr");
        assertThat(Iso639.toIso6391("deu")).contains("de");
        assertThat(Iso639.toIso6391("cmn")).contains("zh");
        assertThat(Iso639.toIso6391("swh")).contains("sw");
        assertThat(Iso639.toIso6391("xxx")).isEmpty();
    }
}
