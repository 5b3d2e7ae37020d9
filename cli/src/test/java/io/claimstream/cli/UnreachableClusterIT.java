package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.stack.ProcessState;
import io.claimstream.stack.StackState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where no cluster answers, a command says so within seconds, names the address it tried and the three ways to set
 * one, and exits 1: never a silent wait, never "null".
 */
class UnreachableClusterIT {

    /** JVM start and the probe; the probe itself gives up after a few seconds. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void topicsWithNothingConfiguredNamesTheDefaultAddressAndHowToSetOne(@TempDir Path emptyDir) {
        assumeTrue(nothingListensOn(9092), "something listens on 127.0.0.1:9092 on this machine");

        CliProcess.Result topics = CliProcess.run(emptyDir, Map.of(), BOUND, "topics");

        assertThat(topics.exitCode()).as(topics.toString()).isEqualTo(1);
        assertThat(topics.out()).isEmpty();
        assertThat(topics.err()).contains("no Kafka cluster answers at 127.0.0.1:9092 (bootstrap.servers, the built-in default)")
                .contains("-b HOST:PORT").contains("CLAIMSTREAM_BOOTSTRAP_SERVERS").contains("stack up")
                .doesNotContain("null").doesNotContain("Exception");
        assertThat(topics.elapsed()).isLessThan(BOUND);
    }

    @Test
    void aStackThatIsRecordedButGoneIsNotUsedAndTheErrorSaysWhy(@TempDir Path dir) throws Exception {
        assumeTrue(nothingListensOn(9092), "something listens on 127.0.0.1:9092 on this machine");
        recordAStoppedStack(dir.resolve(".claimstream").resolve("stack"));

        CliProcess.Result topics = CliProcess.run(dir, Map.of(), BOUND, "topics");

        assertThat(topics.exitCode()).as(topics.toString()).isEqualTo(1);
        assertThat(topics.err()).contains("127.0.0.1:9092")
                .contains("note: the local stack recorded in .claimstream/stack/stack.json is not running (kafka and registry stopped)");
    }

    @Test
    void lagAndProduceAgainstAnAddressWhereNothingListensFailFast(@TempDir Path emptyDir) throws IOException {
        String address = "127.0.0.1:" + closedPort();
        Map<String, String> env = Map.of("CLAIMSTREAM_BOOTSTRAP_SERVERS", address);

        CliProcess.Result lag = CliProcess.run(emptyDir, env, BOUND, "lag");
        CliProcess.Result produce = CliProcess.run(emptyDir, env, BOUND, "produce", "--progress=NONE",
                PipelineHarness.seeds().toAbsolutePath().toString());

        for (CliProcess.Result r : List.of(lag, produce)) {
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("no Kafka cluster answers at " + address + " (bootstrap.servers, from the environment)")
                    .contains("connection refused").doesNotContain("null");
        }
    }

    private static void recordAStoppedStack(Path stackDir) throws Exception {
        Files.createDirectories(stackDir);
        List<ProcessState> processes = List.of(finished("kafka"), finished("registry"));
        StackState state = new StackState(stackDir.toString(), Instant.now().toString(), true, "127.0.0.1:33141",
                "http://127.0.0.1:44089/apis/ccompat/v7", processes);
        new ObjectMapper().writeValue(stackDir.resolve("stack.json").toFile(), state);
    }

    /** A process that ran and ended: its PID is dead (or, if reused, has another start time). */
    private static ProcessState finished(String role) throws Exception {
        Process p = new ProcessBuilder("true").start();
        Instant started = p.toHandle().info().startInstant().orElse(Instant.now());
        p.waitFor(10, TimeUnit.SECONDS);
        return new ProcessState(role, p.pid(), started.toString(), Map.of(), role + ".log");
    }

    private static boolean nothingListensOn(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
