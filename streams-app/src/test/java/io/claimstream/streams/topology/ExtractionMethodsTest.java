package io.claimstream.streams.topology;

import static io.claimstream.streams.testdata.ArticleBuilder.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.claims.ClaimExtractor;
import io.claimstream.schema.DealState;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicLabel;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped ways of making claims (claims.extractor rules, and union, which adds the parse's readings) give the seed
 * deal board its six bidders. The parse alone does not: it has no reading of "other interested countries, such as
 * Belgium, the U.K., China and Russia" (docs/parsers.md).
 */
class ExtractionMethodsTest {

    @ParameterizedTest
    @EnumSource(value = ClaimExtractor.Method.class, names = {"RULES", "UNION"})
    void theRulesAndTheUnionPutTheSixSeedBiddersOnTheDrcDealAndKeepUkraineApart(ClaimExtractor.Method method) {
        ClaimstreamTopology.Stages stages = method == ClaimExtractor.Method.RULES ? PipelineDriver.stages() : DefaultStages.load(method);
        try (PipelineDriver pipeline = new PipelineDriver(stages)) {
            for (String file : new String[] {"000_08a18f8c2fb835f0.txt", "001_3b960e37f99b3145.txt", "002_4031e58a0f0c6545.txt"}) {
                pipeline.publish(seed(file));
            }

            Map<String, DealState> deals = pipeline.latest(TopicLabel.DEALS, DealState.class);
            assertThat(deals.get("CD:critical-minerals").getBids()).extracting(b -> b.getBidder().getId())
                    .contains("US", "QA", "CN", "BE", "GB", "RU").doesNotContain("UA");
            assertThat(deals).containsKey("UA:critical-minerals");
        }
    }
}
