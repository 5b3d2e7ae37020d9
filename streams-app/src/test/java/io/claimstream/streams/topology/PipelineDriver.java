package io.claimstream.streams.topology;

import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.Article;
import io.claimstream.streams.metrics.PipelineMetrics;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.testdata.ArticleBuilder;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.Topics;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The real topology with the real stages in a TopologyTestDriver, an in-memory registry, and helpers to feed and read it. */
final class PipelineDriver implements AutoCloseable {

    private static ClaimstreamTopology.Stages stages;

    final Topics topics = Topics.defaults(3, (short) 1);
    final RegistrySerdes serdes;
    final PipelineMetrics metrics = PipelineMetrics.noop();
    private final TopologyTestDriver driver;
    private final TestInputTopic<byte[], byte[]> raw;
    private final String registryName = "ttd-" + UUID.randomUUID();
    private Instant clock = Instant.parse("2025-03-20T10:00:00Z");

    PipelineDriver() {
        this(stages());
    }

    /** With other stages, e.g. another claim extraction method. */
    PipelineDriver(ClaimstreamTopology.Stages withStages) {
        this.serdes = new RegistrySerdes(SchemaRegistries.mock(registryName));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "ttd");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("ttd-state").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        driver = new TopologyTestDriver(ClaimstreamTopology.build(topics, new PipelineSettings(Duration.ofDays(30), 100_000), serdes,
                withStages, metrics), props);
        raw = driver.createInputTopic(topics.name(TopicLabel.ARTICLES_RAW), new ByteArraySerializer(), new ByteArraySerializer());
    }

    static synchronized ClaimstreamTopology.Stages stages() {
        if (stages == null) {
            stages = DefaultStages.load();
        }
        return stages;
    }

    /** Publishes one article a second after the previous one and lets dedup decide it at once. */
    void publish(ArticleBuilder article) {
        clock = clock.plusSeconds(1);
        publishAt(article, clock);
        settle();
    }

    /** Publishes with that record timestamp and leaves it waiting in dedup's settle buffer until {@link #settle()}. */
    void publishAt(ArticleBuilder article, Instant timestamp) {
        Article a = article.build();
        byte[] value = serdes.value(Article.class).serializer().serialize(topics.name(TopicLabel.ARTICLES_RAW), a);
        raw.pipeInput(new TestRecord<>(article.key().getBytes(), value, timestamp));
    }

    void publishRaw(byte[] key, byte[] value) {
        clock = clock.plusSeconds(1);
        raw.pipeInput(new TestRecord<>(key, value, clock));
        settle();
    }

    /** The input goes quiet: dedup decides whatever is waiting. */
    void settle() {
        driver.advanceWallClockTime(DedupSettle.DEFAULT.idle().plusMillis(100));
    }

    <T extends SpecificRecord> List<TestRecord<String, T>> read(TopicLabel label, Class<T> type) {
        TestOutputTopic<String, T> out = driver.createOutputTopic(topics.name(label), Serdes.String().deserializer(),
                serdes.value(type).deserializer());
        return out.readRecordsToList();
    }

    /** Latest value per key, reading everything not read yet. */
    <T extends SpecificRecord> Map<String, T> latest(TopicLabel label, Class<T> type) {
        Map<String, T> m = new LinkedHashMap<>();
        read(label, type).forEach(r -> m.put(r.key(), r.value()));
        return m;
    }

    @Override
    public void close() {
        driver.close();
        SchemaRegistries.dropMock(registryName);
    }
}
