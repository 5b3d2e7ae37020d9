package io.claimstream.streams.config;

import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicSpec;
import io.claimstream.streams.topics.Topics;
import io.claimstream.streams.topology.DedupSettle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Typed view over the merged {@link ConfigLayers}. Unknown keys are allowed; malformed values fail fast with the key. */
public final class ClaimstreamConfig {

    public static final String KAFKA_PREFIX = "kafka.";
    public static final String KAFKA_STREAMS_PREFIX = "kafka.streams.";
    public static final String KAFKA_PRODUCER_PREFIX = "kafka.producer.";
    public static final String KAFKA_CONSUMER_PREFIX = "kafka.consumer.";
    public static final String KAFKA_ADMIN_PREFIX = "kafka.admin.";

    private final Map<String, String> values;
    private final Map<String, String> origins;
    private final List<String> notes;

    public ClaimstreamConfig(Map<String, String> values) {
        this(values, Map.of(), List.of());
    }

    private ClaimstreamConfig(Map<String, String> values, Map<String, String> origins, List<String> notes) {
        this.values = Map.copyOf(values);
        this.origins = Map.copyOf(origins);
        this.notes = List.copyOf(notes);
    }

    public static ClaimstreamConfig of(ConfigLayers layers) {
        return new ClaimstreamConfig(layers.asMap(), layers.origins(), layers.notes());
    }

    public String bootstrapServers() {
        return required("bootstrap.servers");
    }

    public String schemaRegistryUrl() {
        return required("schema.registry.url");
    }

    public Optional<String> schemaRegistryBasicAuth() {
        return optional("schema.registry.basic.auth.user.info");
    }

    public String applicationId() {
        return required("application.id");
    }

    public Path stateDir() {
        return Path.of(required("state.dir"));
    }

    public int numStreamThreads() {
        return intValue("num.stream.threads");
    }

    public int numStandbyReplicas() {
        return intValue("num.standby.replicas");
    }

    public Duration dedupRetention() {
        return duration("dedup.retention");
    }

    /** How long arrivals wait before the dedup task decides them, as a group in canonical order (DedupSettle). */
    public DedupSettle dedupSettle() {
        return new DedupSettle(duration("dedup.settle.window"), duration("dedup.settle.grace"), duration("dedup.settle.idle"));
    }

    /** How sentences become claims ({@code claims.extractor}: rules or parse). */
    public io.claimstream.claims.ClaimExtractor.Method claimsExtractor() {
        String value = required("claims.extractor");
        try {
            return io.claimstream.claims.ClaimExtractor.Method.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("claims.extractor: " + e.getMessage(), e);
        }
    }

    public int dedupMaxCandidates() {
        return intValue("dedup.max.candidates");
    }

    public int maxTextChars() {
        return intValue("pipeline.max.text.chars");
    }

    public String httpHost() {
        return required("http.host");
    }

    public int httpPort() {
        return intValue("http.port");
    }

    public Topics topics() {
        int defaultPartitions = intValue("topics.partitions");
        short defaultReplication = (short) intValue("topics.replication.factor");
        Topics defaults = Topics.defaults(defaultPartitions, defaultReplication);
        List<TopicSpec> specs = new ArrayList<>();
        for (TopicLabel label : TopicLabel.values()) {
            String prefix = "topics." + label.label() + ".";
            TopicSpec d = defaults.spec(label);
            Map<String, String> configs = new java.util.TreeMap<>(d.configs());
            values.forEach((k, v) -> {
                if (k.startsWith(prefix + "config.")) {
                    configs.put(k.substring((prefix + "config.").length()), v);
                }
            });
            specs.add(new TopicSpec(label,
                    optional(prefix + "name").orElse(label.defaultName()),
                    optional(prefix + "partitions").map(v -> parseInt(prefix + "partitions", v)).orElse(defaultPartitions),
                    optional(prefix + "replication.factor").map(v -> (short) parseInt(prefix + "replication.factor", v))
                            .orElse(defaultReplication),
                    configs));
        }
        return Topics.of(specs);
    }

    /** Settings every Kafka client gets: bootstrap servers plus each {@code kafka.*} key without its prefix. */
    public Properties commonClientProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers());
        values.forEach((k, v) -> {
            if (k.startsWith(KAFKA_PREFIX) && !k.startsWith(KAFKA_STREAMS_PREFIX) && !k.startsWith(KAFKA_PRODUCER_PREFIX)
                    && !k.startsWith(KAFKA_CONSUMER_PREFIX) && !k.startsWith(KAFKA_ADMIN_PREFIX)) {
                p.put(k.substring(KAFKA_PREFIX.length()), v);
            }
        });
        return p;
    }

    public Properties clientProperties(String kindPrefix) {
        Properties p = commonClientProperties();
        values.forEach((k, v) -> {
            if (k.startsWith(kindPrefix)) {
                p.put(k.substring(kindPrefix.length()), v);
            }
        });
        return p;
    }

    /** Serde settings: registry URL and credentials, in the keys the serdes read. */
    public Map<String, Object> serdeConfig() {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("schema.registry.url", schemaRegistryUrl());
        schemaRegistryBasicAuth().ifPresent(a -> m.put("basic.auth.user.info", a));
        return m;
    }

    public Optional<String> optional(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public String required(String key) {
        return optional(key).orElseThrow(() -> new IllegalArgumentException("configuration key '" + key + "' is required"));
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Which layer set {@code key} ("default", "file ...", "env", "flag", "local stack: ..."), if known. */
    public Optional<String> origin(String key) {
        return Optional.ofNullable(origins.get(key));
    }

    /** What the user should know about how the configuration was chosen; see {@link ConfigLayers#withNote}. */
    public List<String> notes() {
        return notes;
    }

    public ClaimstreamConfig with(String key, String value) {
        Map<String, String> m = new java.util.HashMap<>(values);
        m.put(key, value);
        Map<String, String> o = new java.util.HashMap<>(origins);
        o.put(key, "set by the command");
        return new ClaimstreamConfig(m, o, notes);
    }

    private int intValue(String key) {
        return parseInt(key, required(key));
    }

    private static int parseInt(String key, String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration key '" + key + "' must be a whole number, was '" + v + "'");
        }
    }

    private Duration duration(String key) {
        String v = required(key);
        try {
            return Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("configuration key '" + key + "' must be an ISO-8601 duration such as P30D or PT1H, was '" + v + "'");
        }
    }
}
