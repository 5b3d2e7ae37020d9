package io.claimstream.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.cli.reliability.IsolatedPipeline.RawRecord;
import io.claimstream.registry.HttpSchemaRegistryClient;
import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.LocalStackOptions;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Metric;
import org.junit.jupiter.api.Test;

/**
 * A registry outage is not a poison pill: a good record whose writer schema the app has not cached yet, read while
 * the registry is down, must be processed once the registry is back, not dead-lettered.
 */
class RegistryOutageIT {

    @Test
    void aGoodRecordReadWhileTheRegistryIsDownIsProcessedOnceItIsBack() throws IOException {
        Path dataDir = Files.createTempDirectory("claimstream-registry-outage-");
        LocalStack stack = LocalStack.start(LocalStackOptions.defaults().withDataDir(dataDir).withHeaps("384m", "256m"));
        RestartableProcess registry = RestartableProcess.adopt(stack.registryPid(), dataDir.resolve("registry-restarted.log"));
        try {
            IsolatedPipeline pipeline = IsolatedPipeline.create(stack.endpoints(), "registry-outage", 1, Map.of());
            String rawTopic = pipeline.topic(TopicLabel.ARTICLES_RAW);
            AvroSerializer<Article> serializer = new AvroSerializer<>(pipeline.registry(), false);
            try (StreamsApp app = pipeline.start()) {
                // Warm up: the app caches the Article schema and registers the DeadLetter schema while the registry is up.
                pipeline.sendRaw(List.of(
                        new RawRecord(bytes("before"), serializer.serialize(rawTopic, article("before"))),
                        new RawRecord(bytes("poison"), bytes("not avro"))));
                pipeline.awaitCaughtUp(Duration.ofMinutes(2), () -> app.runner().health().ready());
                // A newer, compatible writer schema the app has never seen: decoding needs the registry.
                Schema evolved = evolvedArticleSchema();
                // Registered through a client of its own: the JVM-wide client per URL, which the app shares, would cache it.
                int evolvedId = HttpSchemaRegistryClient.builder(stack.endpoints().schemaRegistryUrl()).build()
                        .register(rawTopic + "-value", evolved);
                byte[] written = encode(article("during-outage"), evolved, evolvedId);

                registry.stop();
                double consumedBefore = recordsConsumed(app);
                pipeline.sendRaw(List.of(new RawRecord(bytes("during-outage"), written)));
                await().atMost(Duration.ofMinutes(1)).until(() -> recordsConsumed(app) > consumedBefore);
                registry.start(Duration.ofMinutes(2), RestartableProcess.registryAnswers(stack.endpoints().schemaRegistryUrl()));

                pipeline.awaitCaughtUp(Duration.ofMinutes(2), () -> app.runner().health().ready());
                List<ConsumerRecord<String, DeadLetter>> dead = pipeline.readCommitted(TopicLabel.DEAD_LETTERS, DeadLetter.class);
                assertThat(dead).extracting(r -> r.key() + ": " + r.value().getReason()).doesNotContain("during-outage: registry-unavailable");
                assertThat(PipelineOutputs.read(pipeline).verdicts()).containsKey("during-outage");
            }
        } finally {
            registry.close();
            stack.close();
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Article article(String id) {
        return ArticleBuilder.article(id).text("The harbour council met on a winter evening to discuss the " + id + " budget.")
                .build();
    }

    /** Article plus one optional field: BACKWARD compatible, so the registry accepts it as a new version. */
    private static Schema evolvedArticleSchema() throws IOException {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(Article.getClassSchema().toString());
        ObjectNode probe = json.withArray("fields").addObject();
        probe.put("name", "reliabilityProbe");
        probe.putArray("type").add("null").add("string");
        probe.putNull("default");
        return new Schema.Parser().parse(json.toString());
    }

    private static byte[] encode(Article article, Schema schema, int schemaId) throws IOException {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : Article.getClassSchema().getFields()) {
            Object value = article.get(field.pos());
            if (value instanceof Instant instant) {
                value = instant.toEpochMilli();
            } else if (value instanceof Enum<?> symbol) {
                value = new GenericData.EnumSymbol(schema.getField(field.name()).schema(), symbol.name());
            }
            record.put(field.name(), value);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericData.Record>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /** Records the app's consumers have fetched, from Kafka Streams' own client metrics. */
    private static double recordsConsumed(StreamsApp app) {
        double total = 0;
        for (Metric metric : app.runner().streams().metrics().values()) {
            if (metric.metricName().name().equals("records-consumed-total")
                    && metric.metricName().group().equals("consumer-fetch-manager-metrics")
                    && !metric.metricName().tags().containsKey("topic")) {
                total += ((Number) metric.metricValue()).doubleValue();
            }
        }
        return total;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
