package io.claimstream.cli.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimstream.cli.Main;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.DealState;
import io.claimstream.serde.AvroDeserializer;
import io.claimstream.stack.StackPrincipal;
import io.claimstream.streams.app.CaughtUp;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds through the secure stack, each stage as its own principal, each given its credentials only as files:
 * topics by admin, articles by the producer command ({@code --client-config producer.properties --config
 * registry.properties}), the streams app as streams, and deal state read back as downstream.
 */
@ExtendWith(SecureStackExtension.class)
class SecurePipelineIT {

    private static final String DRC_MINERALS = "CD:critical-minerals";

    @TempDir
    static Path stateDir;

    private static SecureStack stack;
    private static StreamsApp app;

    @BeforeAll
    static void runTheSeedsThroughThePipelineAsItsPrincipals(SecureStack secureStack) {
        stack = secureStack;
        PipelineTopics.ensure(stack);
        ClaimstreamConfig streams = PrincipalConfig.of(stack, StackPrincipal.STREAMS,
                Map.of("state.dir", stateDir.toString(), "http.port", "0"));
        app = StreamsApp.start(streams, DefaultStages.load(), false);

        int status = Main.commandLine().execute("produce",
                "--client-config", stack.clientConfig(StackPrincipal.PRODUCER).toString(),
                "--config", stack.registryConfig().toString(),
                "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.schemaRegistryUrl(),
                "--progress=NONE", seeds().toString());
        assertThat(status).as("produce exit status").isZero();

        try (CaughtUp caughtUp = new CaughtUp(streams.applicationId(), app.topology(), streams.commonClientProperties())) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> app.runner().health().ready() && caughtUp.check());
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theStreamsAppRunsWithoutAuthorizationErrors() {
        assertThat(app.runner().health().fatalError()).isNull();
        assertThat(app.runner().health().ready()).isTrue();
    }

    @Test
    void theDownstreamPrincipalReadsTheDealStateInItsOwnGroup() {
        Map<String, DealState> deals = readAll(StackPrincipal.DOWNSTREAM, "downstream.deals-it",
                PipelineTopics.name(stack, TopicLabel.DEALS));

        assertThat(deals).containsKey(DRC_MINERALS);
        assertThat(deals.get(DRC_MINERALS).getBids()).extracting(b -> b.getBidder().getId()).contains("US");
    }

    /** Subscribes as {@code principal} (its config from --client-config) and reads until a poll brings nothing new. */
    private static Map<String, DealState> readAll(StackPrincipal principal, String group, String topic) {
        ClaimstreamConfig config = PrincipalConfig.of(stack, principal);
        Properties props = config.clientProperties(ClaimstreamConfig.KAFKA_CONSUMER_PREFIX);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        AvroDeserializer<DealState> values = new AvroDeserializer<>(DealState.class,
                SchemaRegistries.forUrl(config.schemaRegistryUrl(), config.schemaRegistryBasicAuth().orElseThrow()));
        Map<String, DealState> latest = new TreeMap<>();
        try (KafkaConsumer<String, DealState> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                var records = consumer.poll(Duration.ofMillis(500));
                records.forEach(r -> latest.put(r.key(), r.value()));
                return latest.containsKey(DRC_MINERALS) && records.isEmpty();
            });
        }
        return latest;
    }

    private static Path seeds() {
        Path seeds = Path.of("..", "samples", "seeds");
        if (!Files.isDirectory(seeds)) {
            throw new IllegalStateException("samples/seeds not found from " + Path.of("").toAbsolutePath());
        }
        return seeds;
    }
}
