package io.claimstream.cli.eval;

import io.claimstream.producer.model.SourceRecord;
import io.claimstream.producer.pipeline.ArticleAssembler;
import io.claimstream.producer.pipeline.Assembly;
import io.claimstream.producer.source.JsonLinesSource;
import io.claimstream.producer.text.LanguageDetector;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DealState;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.streams.metrics.PipelineMetrics;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.Topics;
import io.claimstream.streams.topology.ClaimstreamTopology;
import io.claimstream.streams.topology.DedupSettle;
import io.claimstream.streams.topology.PipelineSettings;
import io.claimstream.streams.topology.RegistrySerdes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * A labelled corpus through the real topology: articles built exactly as {@code produce} builds them, fed in file order
 * to the production topology and stages in a TopologyTestDriver (no broker needed: the figures are about the logic).
 */
public final class CorpusRun {

    /**
     * What came out: the canonical piece of every article, the claims per piece, the final deal states, and every
     * duplicate notice and deal-state record in the order the topology emitted them.
     */
    public record Outputs(List<Article> articles, Map<String, String> canonicalOf, Map<String, DuplicateNotice> notices,
                          Map<String, List<Claim>> claimsByPiece, Map<String, DealState> deals,
                          List<TestRecord<String, DuplicateNotice>> noticeLog, List<TestRecord<String, DealState>> dealLog) {
    }

    private static final DedupSettle SETTLE = DedupSettle.untilQuiet(Duration.ofSeconds(2));

    private CorpusRun() {
    }

    public static Outputs run(Path corpusDir, ClaimstreamTopology.Stages stages) {
        return run(corpusDir, stages, UnaryOperator.identity());
    }

    /**
     * @param arrival the order in which the articles reach the topology, from the file order (each keeps the record
     *                timestamp of its place in the file, as if the producer had sent the file in order)
     */
    public static Outputs run(Path corpusDir, ClaimstreamTopology.Stages stages, UnaryOperator<List<Article>> arrival) {
        List<Article> articles = read(corpusDir.resolve("articles.jsonl"));
        Topics topics = Topics.defaults(3, (short) 1);
        String registry = "eval-" + UUID.randomUUID();
        RegistrySerdes serdes = new RegistrySerdes(SchemaRegistries.mock(registry));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "claimstream-eval");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("claimstream-eval").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (TopologyTestDriver driver = new TopologyTestDriver(ClaimstreamTopology.build(topics,
                new PipelineSettings(Duration.ofDays(3650), SETTLE, 1_000_000), serdes, stages, PipelineMetrics.noop()), props)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(topics.name(TopicLabel.ARTICLES_RAW),
                    new ByteArraySerializer(), new ByteArraySerializer());
            Map<String, Instant> sentAt = new LinkedHashMap<>();
            Instant t = Instant.parse("2025-01-01T00:00:00Z");
            for (Article a : articles) {
                t = t.plusSeconds(1);
                sentAt.put(a.getId(), t);
            }
            for (Article a : arrival.apply(List.copyOf(articles))) {
                raw.pipeInput(a.getId().getBytes(), serdes.value(Article.class).serializer().serialize(topics.name(TopicLabel.ARTICLES_RAW), a),
                        sentAt.get(a.getId()));
            }
            // The corpus is one bounded input, decided as one group once it has gone quiet, as the demo decides it.
            driver.advanceWallClockTime(SETTLE.idle().plusMillis(1));
            Map<String, String> canonicalOf = new LinkedHashMap<>();
            articles.forEach(a -> canonicalOf.put(a.getId(), a.getId()));
            Map<String, DuplicateNotice> notices = new LinkedHashMap<>();
            List<TestRecord<String, DuplicateNotice>> noticeLog = driver.createOutputTopic(topics.name(TopicLabel.ARTICLES_DUPLICATES),
                    Serdes.String().deserializer(), serdes.value(DuplicateNotice.class).deserializer()).readRecordsToList();
            noticeLog.forEach(r -> {
                canonicalOf.put(r.value().getArticleId(), r.value().getCanonicalArticleId());
                notices.put(r.value().getArticleId(), r.value());
            });
            Map<String, List<Claim>> claims = new LinkedHashMap<>();
            driver.createOutputTopic(topics.name(TopicLabel.CLAIMS), Serdes.String().deserializer(),
                    serdes.value(Claim.class).deserializer()).readValuesToList()
                    .forEach(c -> claims.computeIfAbsent(c.getArticleId(), k -> new ArrayList<>()).add(c));
            Map<String, DealState> deals = new LinkedHashMap<>();
            List<TestRecord<String, DealState>> dealLog = driver.createOutputTopic(topics.name(TopicLabel.DEALS),
                    Serdes.String().deserializer(), serdes.value(DealState.class).deserializer()).readRecordsToList();
            dealLog.forEach(r -> deals.put(r.key(), r.value()));
            return new Outputs(articles, canonicalOf, notices, claims, deals, noticeLog, dealLog);
        } finally {
            SchemaRegistries.dropMock(registry);
        }
    }

    private static List<Article> read(Path jsonl) {
        if (!Files.isRegularFile(jsonl)) {
            throw new IllegalArgumentException("no articles.jsonl in " + jsonl.getParent());
        }
        ArticleAssembler assembler = new ArticleAssembler(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC),
                LanguageDetector.shared()::detect, 1 << 20);
        List<Article> out = new ArrayList<>();
        JsonLinesSource.ofFile(jsonl, 1 << 22).read(record -> {
            if (record instanceof SourceRecord.Parsed parsed && assembler.assemble(parsed.draft()) instanceof Assembly.Ready ready) {
                out.add(ready.article().article());
            }
        });
        return out;
    }
}
