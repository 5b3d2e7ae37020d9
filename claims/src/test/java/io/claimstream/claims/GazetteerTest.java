package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private static final Lexicon LEXICON = new Lexicon(DomainResource.loadDefault());

    private static List<String> idsIn(String text) {
        return LEXICON.entities.find(text).stream().map(m -> m.value().id()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "DRC | CD", "DR Congo | CD", "Democratic Republic of Congo | CD", "Democratic Republic of the Congo | CD",
            "Congo-Kinshasa | CD", "Kinshasa | CD", "the Congolese government | CD", "Tshisekedi | CD",
            "U.S. | US", "United States | US", "Washington | US", "the Trump administration | US", "Trump | US",
            "Doha | QA", "Qatari | QA", "Beijing | CN", "Chinese firms | CN", "Belgium | BE", "the U.K. | GB",
            "Russia | RU", "Saudi Arabia | SA", "European Union | EU", "Rwanda | RW", "M23 | m23",
            "KoBold Metals | kobold-metals"})
    void aliasResolvesToItsEntity(String surface, String id) {
        assertThat(idsIn("Talks involving " + surface + " resumed.")).containsExactly(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"help us now", "the ap style", "WASHINGTON, June 28 (AP)"})
    void acronymsAndDatelinesDoNotMatchOtherWords(String text) {
        assertThat(idsIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"coltan | tantalum", "Cobalt | cobalt", "cassiterite | tin", "rare earths | rare-earths"})
    void assetAliasesNormalise(String surface, String asset) {
        assertThat(LEXICON.assets.find("exports of " + surface + " rose")).extracting(m -> m.value()).containsExactly(asset);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"KoBold Metals | US", "Al Mansour Holding | QA", "France | FR"})
    void companiesActForTheirState(String surface, String state) {
        EntityDef def = LEXICON.entities.find(surface).get(0).value();
        assertThat(def.state()).contains(state);
    }
}
