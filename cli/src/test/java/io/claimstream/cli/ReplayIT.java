package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.DealState;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.serde.AvroDeserializer;
import io.claimstream.serde.AvroJson;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.topics.TopicLabel;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** Record, replay, compare: a replay rebuilds the live deal states in its own topics and leaves the live ones alone. */
@ExtendWith(LocalStackExtension.class)
class ReplayIT {

    @Test
    void aReplayReproducesTheLiveDealStatesInSeparateTopics(StackEndpoints endpoints) throws Exception {
        PipelineHarness pipeline = PipelineHarness.create(endpoints, "replay", 3);
        Map<String, DealState> live;
        long liveDealRecords;
        try (StreamsApp app = pipeline.start()) {
            assertThat(pipeline.publish(PipelineHarness.seeds())).isZero();
            pipeline.awaitProcessed(app, Duration.ofMinutes(3));
            live = latest(pipeline.config, pipeline.topic(TopicLabel.DEALS));
            liveDealRecords = pipeline.read(TopicLabel.DEALS, DealState.class).size();
        }
        assertThat(live).containsKey("CD:critical-minerals");

        int status = new CommandLine(new ReplayCommand()).execute(
                "-b", endpoints.bootstrapServers(), "-r", endpoints.schemaRegistryUrl(),
                "--set", "application.id=" + pipeline.config.applicationId(),
                "--set", "state.dir=" + pipeline.config.stateDir(),
                "--set", "topics.partitions=3",
                "--set", "topics.articles-raw.name=" + pipeline.topic(TopicLabel.ARTICLES_RAW),
                "--set", "topics.deals.name=" + pipeline.topic(TopicLabel.DEALS),
                "--set", "topics.articles-unique.name=" + pipeline.topic(TopicLabel.ARTICLES_UNIQUE),
                "--set", "topics.articles-duplicates.name=" + pipeline.topic(TopicLabel.ARTICLES_DUPLICATES),
                "--set", "topics.claims.name=" + pipeline.topic(TopicLabel.CLAIMS),
                "--set", "topics.bid-updates.name=" + pipeline.topic(TopicLabel.BID_UPDATES),
                "--set", "topics.dead-letters.name=" + pipeline.topic(TopicLabel.DEAD_LETTERS),
                "--name", "check", "--timeout", "PT3M");
        assertThat(status).isZero();

        Map<String, DealState> replayed = latest(pipeline.config, pipeline.topic(TopicLabel.DEALS) + ".replay-check");
        assertThat(normalised(replayed)).isEqualTo(normalised(live));
        assertThat(pipeline.read(TopicLabel.DEALS, DealState.class)).as("the live topic is untouched").hasSize((int) liveDealRecords);
    }

    /**
     * claimIds is the idempotency ledger, kept in application order; claims of different articles reach a deal from
     * several partitions, so that order is not part of the state's meaning. Everything else must be equal.
     */
    private static Map<String, String> normalised(Map<String, DealState> deals) {
        Map<String, String> m = new TreeMap<>();
        deals.forEach((k, v) -> {
            ObjectNode json = AvroJson.toJson(v);
            ArrayNode sorted = json.arrayNode();
            v.getClaimIds().stream().sorted().forEach(sorted::add);
            json.set("claimIds", sorted);
            m.put(k, json.toPrettyString());
        });
        return m;
    }

    private static Map<String, DealState> latest(ClaimstreamConfig config, String topic) {
        Map<String, DealState> m = new TreeMap<>();
        TopicSnapshot.read(config.commonClientProperties(), topic,
                        new AvroDeserializer<>(DealState.class, SchemaRegistries.forUrl(config.schemaRegistryUrl())))
                .forEach(r -> m.put(r.key(), r.value()));
        return m;
    }
}
