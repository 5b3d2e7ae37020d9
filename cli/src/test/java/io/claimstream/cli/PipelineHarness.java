package io.claimstream.cli;

import static org.awaitility.Awaitility.await;

import io.claimstream.producer.ProduceCommand;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.serde.AvroDeserializer;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.CaughtUp;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topology.ClaimstreamTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine;

/**
 * One isolated pipeline on the shared test stack: its own application id, topic names and state directory, so tests
 * can share one broker and registry without seeing each other's records. The reliability tests'
 * {@code IsolatedPipeline} builds on {@link #isolatedSettings} and {@link #stages()}.
 */
public final class PipelineHarness {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static ClaimstreamTopology.Stages stages;

    public final ClaimstreamConfig config;
    private final StackEndpoints endpoints;

    private PipelineHarness(ClaimstreamConfig config, StackEndpoints endpoints) {
        this.config = config;
        this.endpoints = endpoints;
    }

    public static PipelineHarness create(StackEndpoints endpoints, String name, int partitions) {
        return new PipelineHarness(ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(isolatedSettings(endpoints, name, partitions), "test")), endpoints);
    }

    /** The settings that isolate one pipeline on a shared stack: application id, topic names, state directory. */
    public static Map<String, String> isolatedSettings(StackEndpoints endpoints, String name, int partitions) {
        String id = name + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("bootstrap.servers", endpoints.bootstrapServers());
        c.put("schema.registry.url", endpoints.schemaRegistryUrl());
        c.put("application.id", "it-" + id);
        c.put("http.port", "0");
        c.put("topics.partitions", Integer.toString(partitions));
        for (TopicLabel label : TopicLabel.values()) {
            c.put("topics." + label.label() + ".name", id + "." + label.defaultName());
        }
        c.put("state.dir", newStateDir().toString());
        return c;
    }

    public static Path newStateDir() {
        try {
            return Files.createTempDirectory("claimstream-it-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The production stages, loaded once per test JVM: the NLP models take seconds to read. */
    public static synchronized ClaimstreamTopology.Stages stages() {
        if (stages == null) {
            stages = DefaultStages.load();
        }
        return stages;
    }

    public StreamsApp start() {
        return StreamsApp.start(config, stages(), true);
    }

    public StreamsApp startAnotherInstance(Path stateDir) {
        return StreamsApp.start(config.with("state.dir", stateDir.toString()), stages(), false);
    }

    public String topic(TopicLabel label) {
        return config.topics().name(label);
    }

    /** Publishes through the real producer command; returns its exit status. */
    public int publish(Path... inputs) {
        List<String> args = new ArrayList<>();
        args.add("--topic=" + topic(TopicLabel.ARTICLES_RAW));
        args.add("--rejects-topic=" + topic(TopicLabel.DEAD_LETTERS));
        args.add("--progress=NONE");
        for (Path p : inputs) {
            args.add(p.toString());
        }
        return new CommandLine(new ProduceCommand(ProduceCliCommand.publishers(config))).execute(args.toArray(String[]::new));
    }

    public void produceRaw(String topic, byte[] key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(clientProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(topic, key, value));
        }
    }

    public void awaitProcessed(StreamsApp app, Duration atMost) {
        try (CaughtUp caughtUp = new CaughtUp(config.applicationId(), app.topology(), clientProps())) {
            await().atMost(atMost).pollInterval(Duration.ofMillis(500))
                    .until(() -> app.runner().health().ready() && caughtUp.check());
        }
    }

    public <T extends SpecificRecord> List<ConsumerRecord<String, T>> read(TopicLabel label, Class<T> type) {
        AvroDeserializer<T> values = new AvroDeserializer<>(type, SchemaRegistries.forUrl(endpoints.schemaRegistryUrl()));
        return TopicSnapshot.read(clientProps(), topic(label), values);
    }

    public Properties clientProps() {
        return config.commonClientProperties();
    }

    public static Path seeds() {
        Path p = Path.of("..", "samples", "seeds");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("samples/seeds not found from " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
