package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.stack.LocalStackControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A new user follows the README: {@code stack up}, then {@code topics}, {@code produce}, {@code lag} ... with no
 * endpoint flag, each command in its own JVM started from the directory where the stack was started.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandsOnTheLocalStackIT {

    private static final Duration COMMAND = Duration.ofMinutes(2);
    private static Path workingDir;
    private static int brokerPort;
    private static int registryPort;
    private static CliProcess.Result stackUp;

    @BeforeAll
    static void stackUpWithFixedPorts() throws IOException {
        workingDir = Files.createTempDirectory("claimstream-user-");
        brokerPort = freePort();
        do {
            registryPort = freePort();
        } while (registryPort == brokerPort);
        stackUp = CliProcess.run(workingDir, Map.of(), Duration.ofMinutes(3),
                "stack", "up", "--port", Integer.toString(brokerPort), "--registry-port", Integer.toString(registryPort));
    }

    @AfterAll
    static void stackDown() {
        CliProcess.Result down = CliProcess.run(workingDir, Map.of(), Duration.ofMinutes(2), "stack", "down");
        // Whatever the command said, no broker or registry of this test outlives it.
        LocalStackControl.down(stackDir());
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(LocalStackControl.status(stackDir()).state()).isEmpty();
    }

    @Test
    @Order(1)
    void stackUpListensOnTheAskedPortsAndPrintsTheNextCommands() {
        assertThat(stackUp.exitCode()).as(stackUp.toString()).isZero();
        assertThat(stackUp.out()).contains("bootstrap servers:   127.0.0.1:" + brokerPort)
                .contains("schema registry URL: http://127.0.0.1:" + registryPort + "/apis/ccompat/v7")
                .containsPattern("claimstream topics +#").containsPattern("claimstream produce \\S+samples/seeds +#")
                .containsPattern("claimstream streams +#").containsPattern("claimstream lag +#").containsPattern("claimstream stack down +#");
    }

    @Test
    @Order(2)
    void configShowsTheStackAsTheSourceOfTheEndpoints() {
        CliProcess.Result config = CliProcess.run(workingDir, Map.of(), COMMAND, "config");

        assertThat(config.exitCode()).as(config.toString()).isZero();
        assertThat(config.out()).containsPattern("bootstrap.servers +127.0.0.1:" + brokerPort + " +\\(local stack: .claimstream/stack/stack.json\\)")
                .containsPattern("schema.registry.url +http://127.0.0.1:" + registryPort + "/apis/ccompat/v7 +\\(local stack: ");
    }

    @Test
    @Order(3)
    void topicsCreatesThePipelinesTopicsOnTheStack() {
        CliProcess.Result topics = CliProcess.run(workingDir, Map.of(), COMMAND, "topics");

        assertThat(topics.exitCode()).as(topics.toString()).isZero();
        assertThat(topics.out()).containsPattern("articles.raw.v1 +CREATED").containsPattern("deals.v1 +CREATED");
    }

    @Test
    @Order(4)
    void producePublishesTheSeedsToTheStack() {
        CliProcess.Result produce = CliProcess.run(workingDir, Map.of(), COMMAND, "produce", "--progress=NONE",
                PipelineHarness.seeds().toAbsolutePath().toString());

        assertThat(produce.exitCode()).as(produce.toString()).isZero();
        assertThat(produce.err()).contains("3 published, 0 rejected");
    }

    @Test
    @Order(5)
    void lagShowsAGroupOfTheStack() throws Exception {
        // A downstream group that committed nothing past the start of articles.raw.v1: three articles behind.
        Properties admin = new Properties();
        admin.put("bootstrap.servers", "127.0.0.1:" + brokerPort);
        try (Admin a = Admin.create(admin)) {
            Map<TopicPartition, OffsetAndMetadata> start = Map.of(new TopicPartition("articles.raw.v1", 0), new OffsetAndMetadata(0),
                    new TopicPartition("articles.raw.v1", 1), new OffsetAndMetadata(0), new TopicPartition("articles.raw.v1", 2),
                    new OffsetAndMetadata(0));
            a.alterConsumerGroupOffsets("downstream.readme", start).all().get(30, TimeUnit.SECONDS);
        }

        CliProcess.Result lag = CliProcess.run(workingDir, Map.of(), COMMAND, "lag", "--group", "downstream.readme");

        assertThat(lag.exitCode()).as(lag.toString()).isZero();
        assertThat(lag.out()).contains("GROUP downstream.readme").contains("total lag 3 records");
    }

    @Test
    @Order(6)
    void exportReadsTheTopicBackFromTheStack() {
        CliProcess.Result export = CliProcess.run(workingDir, Map.of(), COMMAND, "export", "--topic", "articles-raw");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out().lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"topic\":\"articles.raw.v1\""));
    }

    private static Path stackDir() {
        return workingDir.resolve(".claimstream").resolve("stack");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
