package io.claimstream.streams.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to a cluster shares. They form the top configuration layer:
 * built-in defaults &lt; {@code --config} file &lt; {@code CLAIMSTREAM_*} environment &lt; these flags.
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

    public ClaimstreamConfig resolve() {
        return resolve(Map.of());
    }

    /** {@code commandDefaults} sit between the file/env layers and the flags: a command's own sensible values. */
    public ClaimstreamConfig resolve(Map<String, String> commandDefaults) {
        ConfigLayers layers = ConfigLayers.defaults().withFile(configFile).withEnv(System.getenv());
        layers.withOverrides(commandDefaults, "command");
        Map<String, String> flags = new LinkedHashMap<>();
        if (clientConfig != null) {
            readProperties(clientConfig).forEach((k, v) -> flags.put(ClaimstreamConfig.KAFKA_PREFIX + k, v));
        }
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            flags.put("schema.registry.url", schemaRegistryUrl);
        }
        flags.putAll(overrides);
        return ClaimstreamConfig.of(layers.withOverrides(flags, "flag"));
    }

    private static Map<String, String> readProperties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read client config " + file, e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
