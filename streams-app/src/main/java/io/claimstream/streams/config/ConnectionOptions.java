package io.claimstream.streams.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to a cluster shares. They form the top configuration layer:
 * built-in defaults &lt; the running local stack &lt; {@code --config} file &lt; {@code CLAIMSTREAM_*} environment &lt;
 * these flags. The local stack counts only when none of the others names a cluster ({@link LocalStackLayer}).
 */
public final class ConnectionOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "claimstream properties file (keys as in claimstream-defaults.properties; see README, Configuration).")
    public Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...", description = "Kafka bootstrap servers.")
    public String bootstrapServers;

    @Option(names = {"-r", "--schema-registry-url"}, paramLabel = "URL",
            description = "Confluent-compatible schema registry, e.g. http://127.0.0.1:8081/apis/ccompat/v7.")
    public String schemaRegistryUrl;

    @Option(names = "--client-config", paramLabel = "FILE",
            description = "Kafka client properties (security.protocol, sasl.*, ssl.*) passed to every client unchanged.")
    public Path clientConfig;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set any configuration key (repeatable).")
    public Map<String, String> overrides = new LinkedHashMap<>();

    /** As {@link #resolve(ClientRole)} for an {@link ClientRole#ADMIN} command. */
    public ClaimstreamConfig resolve() {
        return resolve(ClientRole.ADMIN);
    }

    /** The configuration of a command that acts as {@code role}; no network access. */
    public ClaimstreamConfig resolve(ClientRole role) {
        return ClaimstreamConfig.of(layers(role, System.getenv(), ClusterDiscovery.installed()));
    }

    /**
     * The configuration of a command that acts as {@code role}, once the cluster (and, if {@code needs} says so, the
     * schema registry) answered: every command that talks to a cluster starts here, so none waits out a client
     * timeout against an address nobody listens on.
     *
     * @throws ClusterUnreachableException within a few seconds, naming the address and how to set it
     */
    public ClaimstreamConfig resolveReachable(ClientRole role, ClusterProbe.Needs needs) {
        ClaimstreamConfig config = resolve(role);
        ClusterProbe.require(config, needs);
        return config;
    }

    /** Every layer, for {@code claimstream config} and tests: the environment and the stack discovery given. */
    public ConfigLayers layers(ClientRole role, Map<String, String> env, ClusterDiscovery discovery) {
        ConfigLayers layers = ConfigLayers.defaults().withFile(configFile).withEnv(env);
        if (clientConfig != null) {
            Map<String, String> client = new LinkedHashMap<>();
            readProperties(clientConfig).forEach((k, v) -> client.put(ClaimstreamConfig.KAFKA_PREFIX + k, v));
            layers.withOverrides(client, "--client-config " + clientConfig);
        }
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            flags.put("schema.registry.url", schemaRegistryUrl);
        }
        flags.putAll(overrides);
        layers.withOverrides(flags, "flag");
        LocalStackLayer.apply(layers, role, discovery);
        return layers;
    }

    private static Map<String, String> readProperties(Path file) {
        try {
            return PropertiesFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read client config " + file, e);
        }
    }
}
