package io.claimstream.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimstream.cli.reliability.IsolatedPipeline.RawRecord;
import io.claimstream.schema.Article;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.LocalStackOptions;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The only broker of a stack of its own is stopped and started again while the app processes: the app is not
 * restarted, yet every article gets exactly one outcome and the app ends up RUNNING.
 */
class BrokerRestartIT {

    private static final List<GoodArticles.Keyed> ARTICLES = GoodArticles.mix(30, 5);

    private static LocalStack stack;
    private static Path dataDir;
    private static RestartableProcess broker;
    private static StreamsApp app;
    private static PipelineOutputs outputs;

    @BeforeAll
    static void restartTheBrokerInTheMiddleOfARun() throws IOException {
        dataDir = Files.createTempDirectory("claimstream-broker-restart-");
        stack = LocalStack.start(LocalStackOptions.defaults().withDataDir(dataDir).withHeaps("384m", "256m"));
        broker = RestartableProcess.adopt(stack.kafkaPid(), dataDir.resolve("broker-restarted.log"));
        IsolatedPipeline pipeline = IsolatedPipeline.create(stack.endpoints(), "broker-restart", 2, IsolatedPipeline.FAST_FAILOVER);
        app = pipeline.start();
        await().atMost(Duration.ofMinutes(2)).until(() -> app.runner().health().ready());

        List<RawRecord> raw = encoded(pipeline);
        int half = raw.size() / 2;
        pipeline.sendRaw(raw.subList(0, half));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> PipelineOutputs.read(pipeline).decided() >= half / 3);
        broker.stop();
        broker.start(Duration.ofMinutes(2), RestartableProcess.kafkaAnswers(stack.endpoints().bootstrapServers()));
        pipeline.sendRaw(raw.subList(half, raw.size()));

        pipeline.awaitCaughtUp(Duration.ofMinutes(3), () -> app.runner().health().ready());
        outputs = PipelineOutputs.read(pipeline);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (stack != null) {
            stack.close();
        }
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp dir is only litter
        }
    }

    @Test
    void everyArticleGetsExactlyOneOutcomeDespiteTheRestart() {
        assertThat(outputs.newPieceIds()).doesNotHaveDuplicates();
        assertThat(outputs.duplicateIds()).doesNotHaveDuplicates();
        assertThat(outputs.claimIds()).doesNotHaveDuplicates();
        assertThat(outputs.verdicts().keySet())
                .containsExactlyInAnyOrderElementsOf(ARTICLES.stream().map(k -> k.article().getId()).toList());
    }

    @Test
    void theAppResumesByItselfAndIsRunning() {
        assertThat(app.runner().health().state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(app.runner().health().fatalError()).isNull();
    }

    @Test
    void theDealStateWasBuilt() {
        assertThat(outputs.deals()).containsKey("CD:critical-minerals");
    }

    private static List<RawRecord> encoded(IsolatedPipeline pipeline) {
        AvroSerializer<Article> serializer = new AvroSerializer<>(pipeline.registry(), false);
        String topic = pipeline.topic(TopicLabel.ARTICLES_RAW);
        return ARTICLES.stream().map(k -> new RawRecord(k.key().getBytes(StandardCharsets.UTF_8),
                serializer.serialize(topic, k.article()))).toList();
    }
}
