package io.claimstream.cli.monitoring;

import static org.awaitility.Awaitility.await;

import io.claimstream.producer.ProduceCommand;
import io.claimstream.producer.PublisherFactory;
import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.CaughtUp;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine;

/**
 * An isolated pipeline on the shared test stack (own application id, topics and state), as io.claimstream.cli's
 * PipelineHarness builds it; that class is package-private there, so the few lines needed are repeated here.
 */
final class MonitoredPipeline {

    final ClaimstreamConfig config;

    private MonitoredPipeline(ClaimstreamConfig config) {
        this.config = config;
    }

    static MonitoredPipeline create(StackEndpoints endpoints, String name, int partitions) throws IOException {
        String id = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("bootstrap.servers", endpoints.bootstrapServers());
        c.put("schema.registry.url", endpoints.schemaRegistryUrl());
        c.put("application.id", "it-" + id);
        c.put("http.port", "0");
        c.put("topics.partitions", Integer.toString(partitions));
        for (TopicLabel label : TopicLabel.values()) {
            c.put("topics." + label.label() + ".name", id + "." + label.defaultName());
        }
        c.put("state.dir", Files.createTempDirectory("claimstream-it-state").toString());
        return new MonitoredPipeline(ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(c, "test")));
    }

    StreamsApp start() {
        return StreamsApp.start(config, DefaultStages.load(), true);
    }

    String topic(TopicLabel label) {
        return config.topics().name(label);
    }

    /** Publishes through the real producer command; returns its exit status. */
    int publish(Path... inputs) {
        List<String> args = new ArrayList<>();
        args.add("--topic=" + topic(TopicLabel.ARTICLES_RAW));
        args.add("--rejects-topic=" + topic(TopicLabel.DEAD_LETTERS));
        args.add("--progress=NONE");
        for (Path p : inputs) {
            args.add(p.toString());
        }
        return new CommandLine(new ProduceCommand(publishers())).execute(args.toArray(String[]::new));
    }

    void produceRaw(String topic, byte[] key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(config.commonClientProperties(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(topic, key, value));
        }
    }

    void awaitProcessed(StreamsApp app, Duration atMost) {
        try (CaughtUp caughtUp = new CaughtUp(config.applicationId(), app.topology(), config.commonClientProperties())) {
            await().atMost(atMost).pollInterval(Duration.ofMillis(500))
                    .until(() -> app.runner().health().ready() && caughtUp.check());
        }
    }

    private PublisherFactory publishers() {
        AvroSerializer<Article> articles = new AvroSerializer<>();
        articles.configure(config.serdeConfig(), false);
        AvroSerializer<DeadLetter> deadLetters = new AvroSerializer<>();
        deadLetters.configure(config.serdeConfig(), false);
        return PublisherFactory.kafka(config.clientProperties(ClaimstreamConfig.KAFKA_PRODUCER_PREFIX), articles, deadLetters);
    }

    static Path seeds() {
        Path p = Path.of("..", "samples", "seeds");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("samples/seeds not found from " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
