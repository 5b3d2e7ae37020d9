package io.claimstream.streams.app;

import io.claimstream.registry.SchemaRegistries;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.metrics.PipelineMetrics;
import io.claimstream.streams.metrics.StateStoreMetrics;
import io.claimstream.streams.topics.TopicProvisioner;
import io.claimstream.streams.topology.ClaimstreamTopology;
import io.claimstream.streams.topology.PipelineSettings;
import io.claimstream.streams.topology.RegistrySerdes;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.Topology;

/**
 * One running streams-app instance: topology assembled from config, topics ensured, Kafka Streams started, HTTP
 * endpoints up. The CLI's {@code streams} and {@code demo} commands and the integration tests all start it this way.
 */
public final class StreamsApp implements AutoCloseable {

    private final ClaimstreamConfig config;
    private final PrometheusMeterRegistry registry;
    private final Topology topology;
    private final PipelineRunner runner;
    private final HttpEndpoints http;
    private final List<TopicProvisioner.Outcome> topicOutcomes;

    private StreamsApp(ClaimstreamConfig config, ClaimstreamTopology.Stages stages, boolean createTopics) {
        this.config = config;
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // Before the first meter: the store metrics are bound with one tag set by PipelineRunner, not by the generic binder.
        registry.config().meterFilter(StateStoreMetrics.excludeFromGenericBinder());
        PipelineMetrics metrics = new PipelineMetrics(registry);
        this.topology = ClaimstreamTopology.build(config.topics(),
                new PipelineSettings(config.dedupRetention(), config.dedupSettle(), config.maxTextChars()),
                new RegistrySerdes(SchemaRegistries.forUrl(config.schemaRegistryUrl(), config.schemaRegistryBasicAuth().orElse(null))),
                stages, metrics);
        if (createTopics) {
            try (Admin admin = Admin.create(config.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
                this.topicOutcomes = new TopicProvisioner(admin).ensure(config.topics().all());
            }
        } else {
            this.topicOutcomes = List.of();
        }
        try {
            // Bound before Kafka Streams starts: the actual port is this instance's application.server for peers.
            this.http = new HttpEndpoints(config.httpHost(), config.httpPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.httpHost() + ":" + config.httpPort()
                    + " (set http.port, or 0 for any free port)", e);
        }
        HostInfo self = new HostInfo(config.optional("http.advertised.host").orElse(config.httpHost()), http.port());
        Properties streamsProps = StreamsSettings.from(config);
        streamsProps.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        this.runner = new PipelineRunner(topology, streamsProps, registry);
        http.health(runner.health())
                .text("/metrics", registry::scrape)
                .text("/topology", () -> topology.describe().toString());
        new DealQueries(runner.streams(), self).register(http);
    }

    public static StreamsApp start(ClaimstreamConfig config, ClaimstreamTopology.Stages stages, boolean createTopics) {
        StreamsApp app = new StreamsApp(config, stages, createTopics);
        app.http.start();
        app.runner.start();
        return app;
    }

    public List<TopicProvisioner.Outcome> topicOutcomes() {
        return topicOutcomes;
    }

    public Topology topology() {
        return topology;
    }

    public PipelineRunner runner() {
        return runner;
    }

    public String httpBaseUrl() {
        return http.baseUrl();
    }

    public PrometheusMeterRegistry meterRegistry() {
        return registry;
    }

    public ClaimstreamConfig config() {
        return config;
    }

    public int awaitExit() throws InterruptedException {
        return runner.awaitExit();
    }

    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return runner.awaitExit(timeout);
    }

    @Override
    public void close() {
        runner.close();
        http.close();
        registry.close();
    }
}
