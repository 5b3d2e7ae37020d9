package io.claimstream.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.cli.reliability.HostileRecords.Hostile;
import io.claimstream.cli.reliability.HostileRecords.KeyedBytes;
import io.claimstream.cli.reliability.IsolatedPipeline.RawRecord;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * About two thousand records a broken or hostile writer could produce, shuffled among valid articles: each bad one
 * becomes exactly one dead letter with a reason and its original bytes, each good one exactly one outcome, and the
 * app never stops.
 */
@ExtendWith(LocalStackExtension.class)
class HostileInputIT {

    private static final int MAX_TEXT_CHARS = 20_000;
    private static final int GOOD_STORIES = 100;

    private static IsolatedPipeline pipeline;
    private static StreamsApp app;
    private static List<Hostile> hostile;
    private static Set<String> goodIds;
    private static Set<String> oddIds;
    private static PipelineOutputs outputs;
    private static List<ConsumerRecord<String, DeadLetter>> deadLetters;

    @BeforeAll
    static void runHostileAndGoodRecordsThroughThePipeline(StackEndpoints stack) {
        pipeline = IsolatedPipeline.create(stack, "hostile", 3, Map.of("pipeline.max.text.chars", Integer.toString(MAX_TEXT_CHARS)));
        app = pipeline.start();
        HostileRecords generator = new HostileRecords(pipeline.registry(), pipeline.topic(TopicLabel.ARTICLES_RAW), MAX_TEXT_CHARS, 42);
        hostile = generator.all(120);

        List<RawRecord> records = new ArrayList<>();
        hostile.forEach(h -> records.add(h.record()));
        goodIds = new TreeSet<>();
        for (GoodArticles.Keyed good : GoodArticles.mix(GOOD_STORIES, 7)) {
            records.add(new RawRecord(bytes(good.key()), generator.encode(good.article())));
            goodIds.add(good.article().getId());
        }
        List<KeyedBytes> odd = generator.oddButValid(20);
        oddIds = odd.stream().map(KeyedBytes::id).collect(Collectors.toCollection(TreeSet::new));
        odd.forEach(o -> records.add(new RawRecord(bytes(o.id()), o.value())));
        goodIds.addAll(oddIds);
        Collections.shuffle(records, new Random(3));

        pipeline.sendRaw(records);
        pipeline.awaitCaughtUp(Duration.ofMinutes(3), () -> app.runner().health().ready());
        outputs = PipelineOutputs.read(pipeline);
        deadLetters = pipeline.readCommitted(TopicLabel.DEAD_LETTERS, DeadLetter.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAppIsStillRunningAfterAllOfIt() {
        assertThat(app.runner().health().state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(app.runner().health().fatalError()).isNull();
        assertThat(app.runner().health().live()).isTrue();
    }

    @Test
    void thereAreExactlyAsManyDeadLettersAsBadRecords() {
        assertThat(hostile).hasSizeGreaterThan(1_300);
        assertThat(deadLetters).hasSize(hostile.size());
        assertThat(deadLetters).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
    }

    @Test
    void everyBadRecordIsDeadLetteredWithAnExpectedReasonAndItsOriginalBytes() {
        Map<String, ConsumerRecord<String, DeadLetter>> byKey = deadLetters.stream()
                .collect(Collectors.toMap(ConsumerRecord::key, Function.identity()));
        for (Hostile h : hostile) {
            String key = new String(h.record().key(), StandardCharsets.UTF_8);
            assertThat(byKey).as("dead letter for %s", key).containsKey(key);
            DeadLetter dl = byKey.get(key).value();
            assertThat(dl.getReason()).as("reason of %s (%s)", key, dl.getErrorMessage()).isIn(h.reasons());
            assertThat(dl.getStage()).isIn(DeadLetterStage.DESERIALIZATION, DeadLetterStage.PROCESSING);
            assertThat(bytesOf(dl.getValue())).as("original value of %s", key).isEqualTo(h.record().value());
            assertThat(bytesOf(dl.getKey())).isEqualTo(h.record().key());
            assertThat(dl.getTopic()).isEqualTo(pipeline.topic(TopicLabel.ARTICLES_RAW));
            assertThat(dl.getOffset()).isNotNull();
        }
    }

    @Test
    void everyKindOfBadRecordWasTried() {
        Map<String, Long> perKind = new HashMap<>();
        hostile.forEach(h -> perKind.merge(h.kind(), 1L, Long::sum));
        assertThat(perKind).containsOnlyKeys("random-bytes", "tiny-value", "unknown-schema-id", "garbage-after-schema-id",
                "truncated-avro", "empty-text", "whitespace-text", "missing-id", "tombstone", "invalid-utf8-text",
                "control-characters", "too-large");
    }

    @Test
    void everyGoodArticleIsEitherANewPieceOrADuplicateExactlyOnce() {
        assertThat(outputs.newPieceIds()).doesNotHaveDuplicates();
        assertThat(outputs.duplicateIds()).doesNotHaveDuplicates();
        assertThat(outputs.newPieceIds()).doesNotContainAnyElementsOf(outputs.duplicateIds());
        assertThat(outputs.decided()).isEqualTo(goodIds.size());
        assertThat(outputs.verdicts().keySet()).containsExactlyInAnyOrderElementsOf(goodIds);
    }

    @Test
    void everyStoryHasExactlyOnePieceAndItsOtherArticlesAreCopiesOfIt() {
        Map<String, List<String>> byStory = new TreeMap<>();
        outputs.verdicts().forEach((id, verdict) -> {
            if (id.startsWith("seed-") || id.startsWith("story-")) {
                byStory.computeIfAbsent(id.replaceAll("-(copy|rewrite).*$", ""), k -> new ArrayList<>()).add(id);
            }
        });
        assertThat(byStory).hasSize(3 + GOOD_STORIES);
        byStory.forEach((story, ids) -> {
            List<String> pieces = ids.stream().filter(id -> outputs.verdicts().get(id).equals("piece")).toList();
            assertThat(pieces).as("pieces of %s", story).hasSize(1);
            ids.stream().filter(id -> !pieces.contains(id))
                    .forEach(id -> assertThat(outputs.verdicts().get(id)).startsWith("copy of " + pieces.get(0) + " "));
        });
    }

    @Test
    void textWithAFewInvalidUtf8BytesOrDeeplyNestedMarkupIsProcessedAsAnArticle() {
        assertThat(outputs.verdicts()).containsKeys(oddIds.toArray(String[]::new));
        assertThat(deadLetters).extracting(ConsumerRecord::key).doesNotContainAnyElementsOf(oddIds);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
