package io.claimstream.registry;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks a {@link SchemaRegistryClient} from a URL, as Confluent's serdes do: {@code mock://name} is an in-memory
 * registry shared by everyone in the JVM who names it (so a test's producer and consumer see the same ids), and
 * {@code http(s)://...} is the HTTP client. Clients are shared per URL and credentials, so every serde of an
 * application shares one cache.
 */
public final class SchemaRegistries {

    public static final String MOCK_SCHEME = "mock://";

    private static final Map<String, InMemorySchemaRegistry> MOCKS = new ConcurrentHashMap<>();
    private static final Map<String, HttpSchemaRegistryClient> HTTP_CLIENTS = new ConcurrentHashMap<>();

    private SchemaRegistries() {
    }

    public static SchemaRegistryClient forUrl(String url) {
        return forUrl(url, null);
    }

    /**
     * @param url                one URL; for a comma-separated list (Confluent allows one), the first is used
     * @param basicAuthUserInfo  {@code user:password}, or null for none
     */
    public static SchemaRegistryClient forUrl(String url, String basicAuthUserInfo) {
        Objects.requireNonNull(url, "schema registry url");
        String first = url.split(",")[0].trim();
        if (first.startsWith(MOCK_SCHEME)) {
            return mock(first.substring(MOCK_SCHEME.length()));
        }
        if (first.startsWith("http://") || first.startsWith("https://")) {
            String key = first + "|" + (basicAuthUserInfo == null ? "" : basicAuthUserInfo);
            return HTTP_CLIENTS.computeIfAbsent(key,
                    k -> HttpSchemaRegistryClient.builder(first).basicAuth(basicAuthUserInfo).build());
        }
        throw new IllegalArgumentException("Schema registry URL must be mock://name or http(s)://...: " + url);
    }

    /** The in-memory registry shared under this name, created on first use. */
    public static InMemorySchemaRegistry mock(String name) {
        return MOCKS.computeIfAbsent(name, n -> new InMemorySchemaRegistry());
    }

    /** Forgets the in-memory registry of this name, so the next test starts empty. */
    public static void dropMock(String name) {
        MOCKS.remove(name);
    }
}
