package io.claimstream.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Another deal is a data change: listing a state under otherHosts makes the other parties of its claims bidders. */
class OtherHostsTest {

    private static final String UKRAINE_DEAL = "The United States signed a lithium agreement with Ukraine on Wednesday.";

    @Test
    void aStateListedAsAnotherHostHasBiddersForItsResources(@TempDir Path dir) throws Exception {
        DomainResource withUkraine = DomainResource.load(domainWithOtherHosts(dir, "UA"));

        assertThat(withUkraine.hosts()).containsExactly("CD", "UA");
        assertThat(biddersIn(withUkraine, UKRAINE_DEAL)).containsExactly("US");
    }

    @Test
    void withoutItTheSameSentenceNamesNoBidderOfTheDefaultHost() {
        assertThat(biddersIn(DomainResource.loadDefault(), UKRAINE_DEAL)).isEmpty();
    }

    private static Set<String> biddersIn(DomainResource domain, String sentence) {
        return new BidderRule(domain).bidders(new ClaimExtractor(domain).extract(TestArticles.english(sentence)).claims());
    }

    private static Path domainWithOtherHosts(Path dir, String... hosts) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = DomainResource.class.getResourceAsStream(DomainResource.DEFAULT_RESOURCE)) {
            ObjectNode domain = (ObjectNode) json.readTree(in);
            domain.putArray("otherHosts").addAll(java.util.Arrays.stream(hosts).map(domain::textNode).toList());
            Path file = dir.resolve("domain.json");
            Files.writeString(file, json.writeValueAsString(domain));
            return file;
        }
    }
}
