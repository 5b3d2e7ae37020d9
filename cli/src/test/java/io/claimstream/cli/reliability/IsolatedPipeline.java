package io.claimstream.cli.reliability;

import static org.awaitility.Awaitility.await;

import io.claimstream.cli.PipelineHarness;
import io.claimstream.cli.TopicSnapshot;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.registry.SchemaRegistryClient;
import io.claimstream.serde.AvroDeserializer;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.CaughtUp;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.metrics.PipelineMetrics;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicProvisioner;
import io.claimstream.streams.topology.ClaimstreamTopology;
import io.claimstream.streams.topology.PipelineSettings;
import io.claimstream.streams.topology.RegistrySerdes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.Topology;

/**
 * One pipeline with its own application id, topic names and state directory on a shared cluster, for the reliability
 * tests. Unlike {@code io.claimstream.cli.PipelineHarness} it takes extra settings (standbys, replication, limits),
 * writes raw records in bulk, and can tell whether instances running in OTHER JVMs have caught up.
 */
public final class IsolatedPipeline {

    /**
     * One standby per task, and a dead or stopped instance leaves the group after 10 s instead of 45 s: Kafka Streams'
     * close() does not leave the group, so without this every restart waits out the session timeout.
     */
    public static final Map<String, String> FAST_FAILOVER = Map.of(
            "num.standby.replicas", "1",
            "kafka.streams.session.timeout.ms", "10000",
            "kafka.streams.heartbeat.interval.ms", "1000");

    private final ClaimstreamConfig config;
    private final Map<String, String> settings;
    private Topology topology;

    private IsolatedPipeline(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
        this.config = ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(settings, "test"));
    }

    /** @param extra further claimstream settings ({@code num.standby.replicas}, {@code topics.replication.factor}, ...) */
    public static IsolatedPipeline create(StackEndpoints endpoints, String name, int partitions, Map<String, String> extra) {
        Map<String, String> c = PipelineHarness.isolatedSettings(endpoints, name, partitions);
        c.putAll(extra);
        return new IsolatedPipeline(c);
    }

    public static Path newStateDir() {
        return PipelineHarness.newStateDir();
    }

    /** The production stages, loaded once per test JVM: the NLP models take seconds to read. */
    public static ClaimstreamTopology.Stages stages() {
        return PipelineHarness.stages();
    }

    public ClaimstreamConfig config() {
        return config;
    }

    /** The settings that differ from the built-in defaults: what a child JVM gets as {@code --set} flags. */
    public Map<String, String> settings() {
        return settings;
    }

    public String topic(TopicLabel label) {
        return config.topics().name(label);
    }

    public StreamsApp start() {
        return StreamsApp.start(config, stages(), true);
    }

    public StreamsApp startInstance(Path stateDir) {
        return StreamsApp.start(config.with("state.dir", stateDir.toString()), stages(), false);
    }

    /** Creates the pipeline's topics, for runs whose instances live in other JVMs. */
    public void createTopics() {
        try (Admin admin = Admin.create(config.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
            new TopicProvisioner(admin).ensure(config.topics().all());
        }
    }

    /**
     * Writes the records to the raw topic in order (one request in flight) and waits until all are acknowledged. Not
     * idempotent on purpose: on a starved 2-core machine an idempotent test producer was seen stuck on
     * OUT_OF_ORDER_SEQUENCE_NUMBER for its whole delivery timeout; a retried duplicate, in contrast, is harmless here
     * (same article id: the pipeline decides it once).
     */
    public void sendRaw(List<RawRecord> records) {
        Properties p = new Properties();
        p.putAll(config.commonClientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
        String topic = topic(TopicLabel.ARTICLES_RAW);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            var sends = records.stream().map(r -> producer.send(new ProducerRecord<>(topic, r.key(), r.value()))).toList();
            producer.flush();
            for (var send : sends) {
                send.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write the raw records: " + e.getMessage(), e);
        }
    }

    public <T extends SpecificRecord> List<ConsumerRecord<String, T>> readCommitted(TopicLabel label, Class<T> type) {
        AvroDeserializer<T> values = new AvroDeserializer<>(type, registry());
        return TopicSnapshot.read(config.commonClientProperties(), topic(label), values);
    }

    public SchemaRegistryClient registry() {
        return SchemaRegistries.forUrl(config.schemaRegistryUrl());
    }

    /** Exact "every committed input record has been processed", whoever runs the instances. */
    public boolean caughtUp() {
        try (CaughtUp caughtUp = new CaughtUp(config.applicationId(), topology(), config.commonClientProperties())) {
            return caughtUp.check();
        }
    }

    /** Waits until the pipeline has caught up while {@code healthy} holds (e.g. the instances answer ready). */
    public void awaitCaughtUp(Duration atMost, BooleanSupplier healthy) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> healthy.getAsBoolean() && caughtUp());
    }

    /** The topology the instances run, built here only to learn its source topics (upstream first). */
    private synchronized Topology topology() {
        if (topology == null) {
            topology = ClaimstreamTopology.build(config.topics(),
                    new PipelineSettings(config.dedupRetention(), config.dedupSettle(), config.maxTextChars()),
                    new RegistrySerdes(registry()), stages(), new PipelineMetrics(new SimpleMeterRegistry()));
        }
        return topology;
    }

    /** One record for the raw topic, bytes as they are (null for a tombstone). */
    public record RawRecord(byte[] key, byte[] value) {
    }
}
