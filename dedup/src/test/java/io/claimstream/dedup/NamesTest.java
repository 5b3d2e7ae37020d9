package io.claimstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as a name: the capitalised words a text never writes in lower case, and acronyms. */
class NamesTest {

    @Test
    void aHeadlineWordTheBodyWritesInLowerCaseIsNoName() {
        String text = """
                Harbour Council Approves New Ferry Contract With Varnholm Shipyard After Long Talks
                The harbour council approved the ferry contract on Tuesday, Mayor Ilse Brandt said.
                """;

        assertThat(TextAnalysis.entities(text))
                .contains("varnholm", "shipyard", "tuesday", "mayor", "ilse", "brandt")
                .doesNotContain("harbour", "council", "ferry", "contract");
    }

    @Test
    void anAcronymStaysANameWhenTheTextAlsoWritesTheWordInLowerCase() {
        String text = "US officials told us the EU would follow. Us and them, the mayor said.";

        assertThat(TextAnalysis.entities(text)).contains("us", "eu");
    }

    @Test
    void aSentenceStartThatIsAlsoWrittenInLowerCaseIsNoName() {
        String text = "Officials met in Kessel. Two officials left early.";

        assertThat(TextAnalysis.entities(text)).containsExactly("kessel");
    }
}
