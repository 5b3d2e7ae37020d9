package io.claimstream.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplittingTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;

    @Test
    void abbreviationsInsideASentenceDoNotSplitIt() {
        String text = "Tshisekedi wrote to U.S. President Donald Trump on Jan. 5 and to the U.K. Foreign Office later. "
                + "The letter was sent last Feb. 8 to Washington.";

        assertThat(extractor.sentences(text)).containsExactly(
                "Tshisekedi wrote to U.S. President Donald Trump on Jan. 5 and to the U.K. Foreign Office later.",
                "The letter was sent last Feb. 8 to Washington.");
    }

    @Test
    void abbreviationEndingASentenceStillSplitsBeforeANewOne() {
        assertThat(extractor.sentences("Kinshasa wants a deal with the U.S. The talks start in May."))
                .containsExactly("Kinshasa wants a deal with the U.S.", "The talks start in May.");
    }

    @Test
    void everyLineIsItsOwnParagraph() {
        assertThat(extractor.sentences("Headline without a full stop\nFirst sentence here. Second one."))
                .containsExactly("Headline without a full stop", "First sentence here.", "Second one.");
    }
}
