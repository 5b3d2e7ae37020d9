package io.claimstream.cli;

import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConnectionOptions;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicProvisioner;
import io.claimstream.ops.lag.KafkaLagReader;
import io.claimstream.ops.lag.LagMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs one streams-app instance until stopped (Ctrl-C / SIGTERM) or until its Kafka Streams client dies. */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Run the streams app (dedup, claims, deals) against a Kafka cluster and schema registry.",
                "Serves /health/live, /health/ready, /metrics, /topology and /deals on http.host:http.port.",
                "Exits 0 when stopped, 1 when the streams client dies."})
final class StreamsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsCommand.class);

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--no-create-topics", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create the pipeline's topics if missing (default: ${DEFAULT-VALUE}).")
    boolean createTopics;

    @Option(names = "--http-port", paramLabel = "PORT", description = "Port for health, metrics and queries (0: any free port).")
    Integer httpPort;

    @Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application id (consumer group).")
    String applicationId;

    @Override
    public Integer call() throws InterruptedException {
        ClaimstreamConfig config = connection.resolveReachable(ClientRole.STREAMS, ClusterProbe.Needs.KAFKA_AND_REGISTRY);
        if (httpPort != null) {
            config = config.with("http.port", httpPort.toString());
        }
        if (applicationId != null) {
            config = config.with("application.id", applicationId);
        }
        LOG.info("loading extraction models and rules ...");
        StreamsApp app = StreamsApp.start(config, DefaultStages.load(config.claimsExtractor()), createTopics);
        for (TopicProvisioner.Outcome o : app.topicOutcomes()) {
            LOG.info("topic {} {} ({})", o.topic(), o.status(), o.detail());
        }
        // Lag of this app's group and of any configured downstream groups, as metrics an alert can fire on.
        List<String> groups = new ArrayList<>(List.of(config.applicationId()));
        config.optional("metrics.lag.groups").ifPresent(g -> groups.addAll(List.of(g.split("\\s*,\\s*"))));
        KafkaLagReader lagReader = KafkaLagReader.create(config);
        LagMetrics lagMetrics = new LagMetrics(lagReader, groups, Duration.ofSeconds(15));
        lagMetrics.bindTo(app.meterRegistry());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lagMetrics.close();
            lagReader.close();
            app.close();
        }, "claimstream-shutdown"));
        LOG.info("streams app '{}' started: {} (health {}/health/ready)", config.applicationId(), config.bootstrapServers(),
                app.httpBaseUrl());
        int status = app.awaitExit();
        if (status != 0) {
            LOG.error("the streams client died: {}", app.runner().health().fatalError() == null ? "state ERROR"
                    : app.runner().health().fatalError().toString());
        }
        return status;
    }
}
