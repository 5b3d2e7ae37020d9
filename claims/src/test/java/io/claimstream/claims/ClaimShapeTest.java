package io.claimstream.claims;

import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimShapeTest {

    private final ClaimExtractor extractor = SharedExtractor.INSTANCE;
    private final Article seed = TestArticles.seed("001_3b960e37f99b3145.txt");

    @Test
    void sameArticleAlwaysYieldsTheSameClaimIds() {
        List<String> first = extractor.extract(seed).claims().stream().map(Claim::getId).toList();
        List<String> second = extractor.extract(seed).claims().stream().map(Claim::getId).toList();

        assertThat(first).isNotEmpty().isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void evidenceOffsetsPointAtTheSentenceInTheArticleText() {
        for (Claim claim : extractor.extract(seed).claims()) {
            var evidence = claim.getEvidence();
            assertThat(seed.getText().substring(evidence.getStart(), evidence.getEnd())).isEqualTo(evidence.getSentence());
            assertThat(evidence.getArticleId()).isEqualTo(seed.getId());
            assertThat(evidence.getUrl()).isEqualTo(seed.getUrl());
            assertThat(evidence.getSourceDomain()).isEqualTo("example.org");
            assertThat(evidence.getPublishedAt()).isEqualTo(seed.getPublishedAt());
        }
    }

    @Test
    void concurrentExtractionGivesTheSameClaimsAsSequential() throws Exception {
        List<Article> seeds = List.of(seed, TestArticles.seed("000_08a18f8c2fb835f0.txt"), TestArticles.seed("002_4031e58a0f0c6545.txt"));
        List<List<Claim>> sequential = seeds.stream().map(a -> extractor.extract(a).claims()).toList();

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Claim>>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Article a : seeds) futures.add(pool.submit(() -> extractor.extract(a).claims()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % seeds.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void brokerGluedToAStateMakesItTheMediator() {
        List<Claim> claims = extractor.extract(TestArticles.english(
                "Rwanda and the Democratic Republic of Congo signed a United States-brokered peace agreement on Friday.")).claims();

        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getActor().getId()).isEqualTo("US");
            assertThat(c.getAction()).isEqualTo(io.claimstream.schema.Action.MEDIATE);
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.getAction()).isEqualTo(io.claimstream.schema.Action.SIGN);
            assertThat(List.of(c.getActor().getId(), c.getCounterparty().getId())).containsExactlyInAnyOrder("CD", "RW");
        });
    }

    @Test
    void claimsCarryTheDomainVersionAndNoDeal() {
        assertThat(extractor.extract(seed).claims()).allSatisfy(c -> {
            assertThat(c.getExtractorVersion()).isEqualTo("domain-v1.4");
            assertThat(c.getDealId()).isNull();
            assertThat(c.getLanguage()).isEqualTo("en");
        });
    }
}
