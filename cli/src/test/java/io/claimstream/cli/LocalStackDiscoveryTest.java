package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.stack.ProcessState;
import io.claimstream.stack.StackSecurity;
import io.claimstream.stack.StackState;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterDiscovery.Discovery;
import io.claimstream.streams.config.ConfigLayers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the commands find the stack that 'stack up' recorded in stack.json. */
class LocalStackDiscoveryTest {

    private final LocalStackDiscovery discovery = new LocalStackDiscovery();

    @Test
    void nothingRecordedMeansNothingFound(@TempDir Path dir) {
        assertThat(discovery.discover(dir, ClientRole.ADMIN)).isInstanceOf(Discovery.Nothing.class);
    }

    @Test
    void aRunningStackGivesItsEndpointsWithTheStateFileAsOrigin(@TempDir Path dir) throws Exception {
        record(dir, live(), StackSecurity.NONE, Map.of());

        Map<String, ConfigLayers.Value> settings = ((Discovery.Found) discovery.discover(dir, ClientRole.ADMIN)).settings();

        assertThat(settings.keySet()).containsExactlyInAnyOrder("bootstrap.servers", "schema.registry.url");
        assertThat(settings.get("bootstrap.servers").value()).isEqualTo("127.0.0.1:33141");
        assertThat(settings.get("bootstrap.servers").origin()).startsWith("local stack: ").endsWith("stack.json");
    }

    @Test
    void aSecureStackGivesTheCredentialsOfTheCommandsPrincipalAndTheRegistryLogin(@TempDir Path dir) throws Exception {
        Path producer = Files.writeString(dir.resolve("producer.properties"), "security.protocol=SASL_PLAINTEXT\n"
                + "sasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"producer\" password=\"p\";\n");
        Path admin = Files.writeString(dir.resolve("admin.properties"), "security.protocol=SASL_PLAINTEXT\n");
        Path registry = Files.writeString(dir.resolve("registry.properties"), "schema.registry.basic.auth.user.info=claimstream:r\n");
        record(dir, live(), StackSecurity.SASL_SCRAM, Map.of("producer", producer.toString(), "admin", admin.toString(),
                StackState.REGISTRY_CLIENT_CONFIG, registry.toString()));

        Map<String, ConfigLayers.Value> settings = ((Discovery.Found) discovery.discover(dir, ClientRole.PRODUCER)).settings();

        assertThat(settings.get("kafka.sasl.jaas.config").value()).contains("username=\"producer\"");
        assertThat(settings.get("kafka.sasl.jaas.config").origin()).endsWith("producer.properties");
        assertThat(settings.get("schema.registry.basic.auth.user.info").value()).isEqualTo("claimstream:r");
    }

    @Test
    void aRecordedStackWhoseProcessesAreGoneIsReportedNotUsed(@TempDir Path dir) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor(10, TimeUnit.SECONDS);
        ProcessState dead = new ProcessState("kafka", finished.pid(), Instant.now().toString(), Map.of("broker", 33141), "kafka.log");
        record(dir, List.of(dead, live().get(0)), StackSecurity.NONE, Map.of());

        Discovery found = discovery.discover(dir, ClientRole.ADMIN);

        assertThat(found).isInstanceOfSatisfying(Discovery.NotRunning.class, n -> assertThat(n.reason())
                .contains("stack.json").contains("is not running (kafka stopped)").contains("stack up"));
    }

    /** This JVM stands in for a live stack process: the discovery checks PID and start time, as stack status does. */
    private static List<ProcessState> live() {
        ProcessHandle self = ProcessHandle.current();
        return List.of(new ProcessState("registry", self.pid(), self.info().startInstant().orElseThrow().toString(),
                Map.of("http", 44089), "registry.log"));
    }

    private static void record(Path dir, List<ProcessState> processes, StackSecurity security, Map<String, String> clients) throws Exception {
        StackState state = new StackState(dir.toString(), Instant.now().toString(), true, "127.0.0.1:33141",
                "http://127.0.0.1:44089/apis/ccompat/v7", processes, security, clients);
        new ObjectMapper().writeValue(dir.resolve("stack.json").toFile(), state);
    }
}
