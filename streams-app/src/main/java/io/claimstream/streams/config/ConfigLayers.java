package io.claimstream.streams.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Flat key/value configuration merged from layers, later layers winning: built-in defaults &lt; a discovered cluster
 * (the running local stack, {@link #withDiscovered}) &lt; properties file &lt; environment ({@code CLAIMSTREAM_*}) &lt;
 * command-line flags. Each key remembers which layer set it, so {@code claimstream config} can explain where a value
 * came from.
 */
public final class ConfigLayers {

    public static final String ENV_PREFIX = "CLAIMSTREAM_";
    public static final String DEFAULT_ORIGIN = "default";
    private static final String DEFAULTS_RESOURCE = "/io/claimstream/streams/config/claimstream-defaults.properties";

    public record Value(String value, String origin) {
    }

    private final Map<String, Value> values = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    public static ConfigLayers defaults() {
        ConfigLayers layers = new ConfigLayers();
        try (InputStream in = ConfigLayers.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULTS_RESOURCE + " on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            layers.putAll(toMap(p), DEFAULT_ORIGIN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layers;
    }

    public ConfigLayers withFile(Path file) {
        if (file == null) {
            return this;
        }
        try {
            putAll(PropertiesFile.read(file), "file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * {@code CLAIMSTREAM_SCHEMA_REGISTRY_URL} sets {@code schema.registry.url}: a single underscore becomes a dot, a double
     * underscore a dash ({@code CLAIMSTREAM_TOPICS_BID__UPDATES_NAME} sets {@code topics.bid-updates.name}).
     */
    public ConfigLayers withEnv(Map<String, String> env) {
        Map<String, String> fromEnv = new LinkedHashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX) && k.length() > ENV_PREFIX.length()) {
                fromEnv.put(envKeyToConfigKey(k.substring(ENV_PREFIX.length())), v);
            }
        });
        putAll(fromEnv, "env");
        return this;
    }

    public ConfigLayers withOverrides(Map<String, String> overrides, String origin) {
        putAll(overrides, origin);
        return this;
    }

    /**
     * Values that were found rather than configured (the local stack's endpoints and credentials). They replace only
     * built-in defaults, whenever they are applied: a file, environment or flag value always wins, as if this layer sat
     * just above the defaults.
     */
    public ConfigLayers withDiscovered(Map<String, Value> found) {
        found.forEach((k, v) -> {
            if (!configured(k) && v.value() != null) {
                values.put(k.trim(), new Value(v.value().trim(), v.origin()));
            }
        });
        return this;
    }

    /** Something the user should know about how the values were chosen (e.g. a local stack that is not running). */
    public ConfigLayers withNote(String note) {
        notes.add(note);
        return this;
    }

    /** True when a layer above the built-in defaults set {@code key}. */
    public boolean configured(String key) {
        Value v = values.get(key);
        return v != null && !DEFAULT_ORIGIN.equals(v.origin());
    }

    public Optional<String> value(String key) {
        Value v = values.get(key);
        return v == null || v.value().isBlank() ? Optional.empty() : Optional.of(v.value());
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    static String envKeyToConfigKey(String envSuffix) {
        return envSuffix.toLowerCase(Locale.ROOT).replace("__", "\u0000").replace('_', '.').replace('\u0000', '-');
    }

    private void putAll(Map<String, String> map, String origin) {
        map.forEach((k, v) -> {
            if (v != null) {
                values.put(k.trim(), new Value(v.trim(), origin));
            }
        });
    }

    public Map<String, Value> values() {
        return Map.copyOf(values);
    }

    public Map<String, String> asMap() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k, v.value()));
        return m;
    }

    public Map<String, String> origins() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k, v.origin()));
        return m;
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            m.put(name, p.getProperty(name));
        }
        return m;
    }
}
