package io.claimstream.ops.reset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimstream.ops.Cluster;
import io.claimstream.ops.ResetCommand;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A stopped application with progress, internal topics and local state, reset through the command. */
@ExtendWith(LocalStackExtension.class)
class ResetCommandIT {

    private Cluster cluster;
    private String appId;
    private Map<String, String> inputs;
    private List<String> internal;
    private String unrelated;
    private Path stateDir;

    @BeforeEach
    void aStoppedApplicationThatHasMadeProgress(StackEndpoints stack, @TempDir Path state) throws Exception {
        cluster = new Cluster(stack);
        appId = Cluster.unique("reset-app");
        inputs = new HashMap<>();
        for (String label : List.of("articles-raw", "articles-unique", "articles-duplicates", "claims")) {
            inputs.put(label, Cluster.unique("reset-" + label));
        }
        internal = List.of(appId + "-KSTREAM-AGGREGATE-STATE-STORE-0000000004-changelog",
                appId + "-KSTREAM-KEY-SELECT-0000000002-repartition");
        unrelated = Cluster.unique("reset-deals");
        cluster.createTopics(2, inputs.values().toArray(String[]::new));
        cluster.createTopics(1, internal.toArray(String[]::new));
        cluster.createTopics(1, unrelated);
        Map<TopicPartition, Long> progress = new HashMap<>();
        try (KafkaProducer<String, String> producer = cluster.stringProducer()) {
            for (String topic : inputs.values()) {
                for (int p = 0; p < 2; p++) {
                    for (int i = 0; i < 3; i++) {
                        producer.send(new ProducerRecord<>(topic, p, "k", "v")).get();
                    }
                    progress.put(new TopicPartition(topic, p), 3L);
                }
            }
        }
        cluster.commit(appId, progress);
        stateDir = state;
        Files.createDirectories(state.resolve(appId).resolve("0_0"));
        Files.writeString(state.resolve(appId).resolve("0_0").resolve(".checkpoint"), "0\n");
    }

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    void resetPutsInputOffsetsAtEarliestDeletesInternalTopicsAndRemovesLocalState() throws Exception {
        Run run = reset("--yes");

        assertThat(run.exit).as(run.err + run.out).isZero();
        assertThat(run.out).contains("Reset done");
        Map<TopicPartition, Long> committed = cluster.committed(appId);
        assertThat(committed).hasSize(8);
        assertThat(committed.values()).containsOnly(0L);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(topics()).doesNotContainAnyElementsOf(internal).contains(unrelated));
        assertThat(topics()).containsAll(inputs.values());
        assertThat(stateDir.resolve(appId)).doesNotExist();
    }

    @Test
    void aDryRunShowsThePlanAndChangesNothing() throws Exception {
        Run run = reset("--dry-run");

        assertThat(run.exit).as(run.err + run.out).isZero();
        assertThat(run.out).contains("delete internal topics: " + String.join(", ", internal.stream().sorted().toList()))
                .contains(inputs.get("articles-raw")).contains("Dry run: nothing was changed.");
        assertThat(cluster.committed(appId).values()).containsOnly(3L);
        assertThat(topics()).containsAll(internal);
        assertThat(stateDir.resolve(appId)).isDirectory();
    }

    @Test
    void aRunningApplicationIsRefusedWithItsMembers() throws Exception {
        try (KafkaConsumer<String, String> running = cluster.consumer(appId, Map.of())) {
            running.subscribe(List.of(inputs.get("articles-raw")));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                running.poll(Duration.ofMillis(100));
                return !running.assignment().isEmpty();
            });

            Run run = reset("--yes");

            assertThat(run.exit).isEqualTo(2);
            assertThat(run.err).contains("is still running").contains("Stop every instance");
        }
        assertThat(cluster.committed(appId).values()).containsOnly(3L);
        assertThat(topics()).containsAll(internal);
    }

    @Test
    void withoutATerminalOrYesNothingIsChanged() throws Exception {
        Run run = reset();

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("--yes");
        assertThat(topics()).containsAll(internal);
    }

    private record Run(int exit, String out, String err) {
    }

    private Run reset(String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ResetCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(cluster.connectionArgs());
        args.addAll(List.of("--application-id", appId, "--set", "state.dir=" + stateDir));
        inputs.forEach((label, name) -> args.addAll(List.of("--set", "topics." + label + ".name=" + name)));
        args.addAll(List.of(extra));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private Set<String> topics() throws Exception {
        return cluster.admin().listTopics().names().get(30, TimeUnit.SECONDS);
    }
}
