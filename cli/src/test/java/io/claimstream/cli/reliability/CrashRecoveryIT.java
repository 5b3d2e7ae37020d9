package io.claimstream.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.cli.reliability.IsolatedPipeline.RawRecord;
import io.claimstream.schema.Article;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances in their own JVMs share four partitions; each is killed with SIGKILL while it processes and restarted
 * (once on its dirty state directory, once on an empty one). What they commit must equal what one undisturbed
 * instance commits for the same input: exactly-once, not at-least-once.
 */
@ExtendWith(LocalStackExtension.class)
class CrashRecoveryIT {

    private static final int PARTITIONS = 4;
    private static final List<GoodArticles.Keyed> ARTICLES = GoodArticles.mix(120, 11);
    private static final Map<String, String> FAST_FAILOVER = IsolatedPipeline.FAST_FAILOVER;

    private static PipelineOutputs undisturbed;
    private static PipelineOutputs crashed;
    private static ChildStreamsInstance a;
    private static ChildStreamsInstance b;
    private static JsonNode dealServedAfterRestore;

    @BeforeAll
    static void runTheSameInputUndisturbedAndWithCrashes(StackEndpoints stack) {
        undisturbed = undisturbedRun(stack);
        crashed = runWithTwoCrashes(stack);
    }

    @AfterAll
    static void stopInstances() {
        for (ChildStreamsInstance instance : new ChildStreamsInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void theUndisturbedRunDecidedEveryArticleAndFoundDeals() {
        assertThat(undisturbed.decided()).isEqualTo(ARTICLES.size());
        assertThat(undisturbed.deals()).containsKey("CD:critical-minerals");
        assertThat(undisturbed.claimIds()).hasSizeGreaterThan(10);
    }

    @Test
    void everyArticleGetsTheSameVerdictAsInTheUndisturbedRun() {
        assertThat(crashed.verdicts()).isEqualTo(undisturbed.verdicts());
    }

    @Test
    void noPieceDuplicateNoticeOrClaimIsCommittedTwice() {
        assertThat(crashed.newPieceIds()).doesNotHaveDuplicates();
        assertThat(crashed.duplicateIds()).doesNotHaveDuplicates();
        assertThat(crashed.claimIds()).doesNotHaveDuplicates();
        assertThat(crashed.decided()).isEqualTo(ARTICLES.size());
    }

    @Test
    void theSameClaimsAreCommittedAsInTheUndisturbedRun() {
        assertThat(crashed.claimIds()).containsExactlyInAnyOrderElementsOf(undisturbed.claimIds());
    }

    @Test
    void theFinalDealStatesEqualThoseOfTheUndisturbedRun() {
        assertThat(crashed.deals().keySet()).isEqualTo(undisturbed.deals().keySet());
        undisturbed.deals().forEach((deal, state) -> assertThat(crashed.deals().get(deal)).as("deal %s", deal).isEqualTo(state));
    }

    @Test
    void anInstanceRestartedOnAnEmptyStateDirectoryServesTheRestoredDealState() {
        assertThat(dealServedAfterRestore).isEqualTo(undisturbed.deals().get("CD:critical-minerals"));
    }

    private static PipelineOutputs undisturbedRun(StackEndpoints stack) {
        IsolatedPipeline pipeline = IsolatedPipeline.create(stack, "undisturbed", PARTITIONS, FAST_FAILOVER);
        try (StreamsApp app = pipeline.start()) {
            pipeline.sendRaw(encoded(pipeline));
            pipeline.awaitCaughtUp(Duration.ofMinutes(3), () -> app.runner().health().ready());
            return PipelineOutputs.read(pipeline);
        }
    }

    private static PipelineOutputs runWithTwoCrashes(StackEndpoints stack) {
        IsolatedPipeline pipeline = IsolatedPipeline.create(stack, "crashes", PARTITIONS, FAST_FAILOVER);
        pipeline.createTopics();
        List<RawRecord> raw = encoded(pipeline);
        int third = raw.size() / 3;
        Path dirA = IsolatedPipeline.newStateDir();
        Path dirB = IsolatedPipeline.newStateDir();
        a = ChildStreamsInstance.start(pipeline, "a", dirA);
        b = ChildStreamsInstance.start(pipeline, "b", dirB);
        awaitReady(a, b);

        pipeline.sendRaw(raw.subList(0, third));
        awaitDecided(pipeline, third / 2);
        b.kill();
        pipeline.sendRaw(raw.subList(third, 2 * third));
        // Same state directory: under exactly-once, a crash leaves no checkpoint, so the stores are rebuilt.
        b = ChildStreamsInstance.start(pipeline, "b-restarted", dirB);
        awaitReady(a, b);

        awaitDecided(pipeline, third + third / 2);
        a.kill();
        pipeline.sendRaw(raw.subList(2 * third, raw.size()));
        // An empty state directory, as on a new machine: the stores are restored from their changelogs.
        a = ChildStreamsInstance.start(pipeline, "a-new-disk", IsolatedPipeline.newStateDir());
        awaitReady(a, b);

        pipeline.awaitCaughtUp(Duration.ofMinutes(4), () -> readyOrFail(a) && readyOrFail(b));
        dealServedAfterRestore = dealOverHttp(a, "CD:critical-minerals");
        return PipelineOutputs.read(pipeline);
    }

    private static List<RawRecord> encoded(IsolatedPipeline pipeline) {
        AvroSerializer<Article> serializer = new AvroSerializer<>(pipeline.registry(), false);
        String topic = pipeline.topic(TopicLabel.ARTICLES_RAW);
        return ARTICLES.stream().map(k -> new RawRecord(k.key().getBytes(StandardCharsets.UTF_8),
                serializer.serialize(topic, k.article()))).toList();
    }

    private static void awaitReady(ChildStreamsInstance... instances) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (ChildStreamsInstance i : instances) {
                if (!readyOrFail(i)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** An instance that exited on its own fails the test at once, with its log, instead of a timeout later. */
    private static boolean readyOrFail(ChildStreamsInstance instance) {
        if (!instance.alive()) {
            throw new AssertionError("instance " + instance.name() + " exited:\n" + instance.logTail());
        }
        return instance.ready();
    }

    /** Waits until at least {@code count} articles have a committed outcome: the instances are mid-run, not idle. */
    private static void awaitDecided(IsolatedPipeline pipeline, int count) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> PipelineOutputs.read(pipeline).decided() >= count);
    }

    private static JsonNode dealOverHttp(ChildStreamsInstance instance, String dealId) {
        try {
            JsonNode json = new ObjectMapper().readTree(instance.get("/deals/" + URLEncoder.encode(dealId, StandardCharsets.UTF_8)));
            return PipelineOutputs.normalised(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("no deal JSON from " + instance.name(), e);
        }
    }
}
