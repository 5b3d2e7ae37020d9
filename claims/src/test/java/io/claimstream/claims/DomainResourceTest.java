package io.claimstream.claims;

import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DomainResourceTest {

    @Test
    void bundledDomainIsVersionedAndHostedByDrCongo() {
        DomainResource domain = DomainResource.loadDefault();

        assertThat(domain.version()).isEqualTo("domain-v1.4");
        assertThat(domain.host()).isEqualTo("CD");
        assertThat(domain.entity("CD")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("DR Congo"));
    }

    @Test
    void anotherStoryIsAFileAwayWithoutCodeChanges(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lithium-triangle.json");
        Files.writeString(file, """
                {"version": "lithium-v1", "host": "CL",
                 "englishStopwords": ["the", "of", "and", "to", "in", "a", "with", "for", "has"],
                 "entities": [
                   {"id": "CL", "type": "COUNTRY", "name": "Chile", "aliases": ["Chile", "Santiago", "Chilean"]},
                   {"id": "DE", "type": "COUNTRY", "name": "Germany", "aliases": ["Germany", "Berlin"]}],
                 "assets": [{"id": "lithium", "aliases": ["lithium", "brine"]}],
                 "resourceCues": ["salar"],
                 "actions": [{"action": "SIGN", "lemmas": ["sign"]}],
                 "hedges": ["reportedly"]}
                """);
        DomainResource domain = DomainResource.load(file);
        ClaimExtractor extractor = new ClaimExtractor(domain);

        List<Claim> claims = extractor.extract(TestArticles.english(
                "Germany reportedly signed a lithium supply agreement with Chile.")).claims();

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.getActor().getId()).isEqualTo("DE");
            assertThat(c.getAction()).isEqualTo(Action.SIGN);
            assertThat(c.getCounterparty().getId()).isEqualTo("CL");
            assertThat(c.getAssets()).containsExactly("lithium");
            assertThat(c.getHedged()).isTrue();
            assertThat(c.getExtractorVersion()).isEqualTo("lithium-v1");
        });
        assertThat(new BidderRule(domain).bidders(claims)).containsExactly("DE");
    }

    @Test
    void irregularFormsResolveThroughTheirListedLemmaOrElseTheStatisticalLemmatizer(@TempDir Path dir) throws IOException {
        String domain = """
                {"version": "lithium-v1", "host": "CL",
                 "englishStopwords": ["the", "of", "and", "to", "in", "a", "with", "for", "has"],
                 "entities": [
                   {"id": "CL", "type": "COUNTRY", "name": "Chile", "aliases": ["Chile"]},
                   {"id": "DE", "type": "COUNTRY", "name": "Germany", "aliases": ["Germany"]}],
                 "assets": [{"id": "lithium", "aliases": ["lithium"]}],
                 "actions": [{"action": "SEEK", "lemmas": ["seek"]}],
                 %s}
                """;
        String sentence = "Germany sought lithium from Chile.";
        for (String irregular : List.of("\"irregularTriggerLemmas\": {\"sought\": \"seek\"}", "\"irregularTriggerForms\": [\"sought\"]")) {
            Path file = dir.resolve("d" + irregular.length() + ".json");
            Files.writeString(file, domain.formatted(irregular));
            List<Claim> claims = new ClaimExtractor(DomainResource.load(file)).extract(TestArticles.english(sentence)).claims();

            assertThat(claims).as(irregular).singleElement().satisfies(c -> assertThat(c.getAction()).isEqualTo(Action.SEEK));
        }
    }
}
