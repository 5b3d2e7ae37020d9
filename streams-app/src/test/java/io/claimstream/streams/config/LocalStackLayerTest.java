package io.claimstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LocalStackLayerTest {

    private static final String STACK = "local stack: .claimstream/stack/stack.json";

    /** A running plain stack, as the CLI's discovery reports it; remembers which stack dir and role it was asked for. */
    private static final class RunningStack implements ClusterDiscovery {
        Path askedDir;
        ClientRole askedRole;
        final Map<String, ConfigLayers.Value> settings = new LinkedHashMap<>(Map.of(
                "bootstrap.servers", new ConfigLayers.Value("127.0.0.1:33141", STACK),
                "schema.registry.url", new ConfigLayers.Value("http://127.0.0.1:44089/apis/ccompat/v7", STACK)));

        @Override
        public Discovery discover(Path stackDir, ClientRole role) {
            askedDir = stackDir;
            askedRole = role;
            return new Discovery.Found(settings);
        }
    }

    @Test
    void withNothingNamingAClusterTheRunningStackReplacesTheDefaultsAndSaysSo() {
        RunningStack stack = new RunningStack();
        ConfigLayers layers = options().layers(ClientRole.PRODUCER, Map.of(), stack);

        assertThat(layers.values().get("bootstrap.servers")).isEqualTo(new ConfigLayers.Value("127.0.0.1:33141", STACK));
        assertThat(layers.values().get("schema.registry.url").origin()).isEqualTo(STACK);
        assertThat(stack.askedDir).isEqualTo(Path.of(".claimstream/stack"));
        assertThat(stack.askedRole).isEqualTo(ClientRole.PRODUCER);
    }

    @Test
    void aClusterNamedByFlagEnvironmentOrFileIsNeverMixedWithTheStacksAddresses(@TempDir Path dir) throws Exception {
        assertThat(options("-b", "broker:9092").layers(ClientRole.ADMIN, Map.of(), new RunningStack()).values()
                .get("schema.registry.url").origin()).isEqualTo("default");
        assertThat(options().layers(ClientRole.ADMIN, Map.of("CLAIMSTREAM_SCHEMA_REGISTRY_URL", "http://r:8081"), new RunningStack())
                .values().get("bootstrap.servers").origin()).isEqualTo("default");
        Path file = dir.resolve("claimstream.properties");
        Files.writeString(file, "bootstrap.servers=broker:9092\n");
        assertThat(options("--config", file.toString()).layers(ClientRole.ADMIN, Map.of(), new RunningStack()).values()
                .get("schema.registry.url").value()).isEqualTo("http://127.0.0.1:8081/apis/ccompat/v7");
    }

    @Test
    void theStacksCredentialsGiveWayToConfiguredClientSettings() {
        RunningStack stack = new RunningStack();
        stack.settings.put("kafka.sasl.mechanism", new ConfigLayers.Value("SCRAM-SHA-512", "local stack: clients/producer.properties"));
        stack.settings.put("kafka.security.protocol", new ConfigLayers.Value("SASL_PLAINTEXT", "local stack: clients/producer.properties"));

        ConfigLayers layers = options("--set", "kafka.sasl.mechanism=PLAIN").layers(ClientRole.PRODUCER, Map.of(), stack);

        assertThat(layers.values().get("kafka.sasl.mechanism")).isEqualTo(new ConfigLayers.Value("PLAIN", "flag"));
        assertThat(layers.values().get("kafka.security.protocol").value()).isEqualTo("SASL_PLAINTEXT");
        assertThat(layers.values().get("bootstrap.servers").origin()).isEqualTo(STACK);
    }

    @Test
    void aStackRecordedButNotRunningIsNotUsedAndLeavesANote() {
        ClusterDiscovery stopped = (dir, role) -> new ClusterDiscovery.Discovery.NotRunning("the local stack recorded in X is not running");
        ClaimstreamConfig config = ClaimstreamConfig.of(options().layers(ClientRole.ADMIN, Map.of(), stopped));

        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.origin("bootstrap.servers")).contains("default");
        assertThat(config.notes()).containsExactly("the local stack recorded in X is not running");
    }

    @Test
    void theStackDirectoryIsAConfigKeyLikeAnyOther() {
        RunningStack stack = new RunningStack();
        options().layers(ClientRole.ADMIN, Map.of("CLAIMSTREAM_STACK_DIR", "/tmp/other-stack"), stack);
        assertThat(stack.askedDir).isEqualTo(Path.of("/tmp/other-stack"));
    }

    private static ConnectionOptions options(String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(new Holder(options)).parseArgs(args);
        return options;
    }

    @CommandLine.Command(name = "holder")
    static final class Holder {
        @CommandLine.Mixin
        final ConnectionOptions connection;

        Holder(ConnectionOptions connection) {
            this.connection = connection;
        }
    }
}
