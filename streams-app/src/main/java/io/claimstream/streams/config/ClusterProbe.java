package io.claimstream.streams.config;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;

/**
 * A quick, bounded check that the configured Kafka cluster (and the schema registry, for commands that need it)
 * answers, before a command starts work that would otherwise wait out its clients' own timeouts (a producer blocks a
 * minute on metadata, an admin call 30 s) and then fail with a message that names neither the address nor the fix.
 *
 * <p>A plain TCP connect comes first, so a port nobody listens on fails at once; then one {@code describeCluster}
 * with a short timeout, which also catches a listener that is not Kafka, a wrong security protocol or a refused login.
 * Worst case about {@value #CONNECT_SECONDS} s per bootstrap address plus {@value #ANSWER_SECONDS} s.
 */
public final class ClusterProbe {

    /** What a command talks to. */
    public enum Needs { KAFKA, KAFKA_AND_REGISTRY }

    static final int CONNECT_SECONDS = 2;
    static final int ANSWER_SECONDS = 5;

    private ClusterProbe() {
    }

    /** @throws ClusterUnreachableException naming the address, where it came from and how to set it */
    public static void require(ClaimstreamConfig config, Needs needs) {
        Optional<String> problem = kafkaProblem(config);
        if (problem.isEmpty() && needs == Needs.KAFKA_AND_REGISTRY) {
            problem = registryProblem(config);
        }
        if (problem.isPresent()) {
            StringBuilder message = new StringBuilder(problem.get());
            config.notes().forEach(note -> message.append("\n  note: ").append(note));
            throw new ClusterUnreachableException(message.toString());
        }
    }

    static Optional<String> kafkaProblem(ClaimstreamConfig config) {
        String servers = config.bootstrapServers();
        String where = servers + " (bootstrap.servers, " + origin(config, "bootstrap.servers") + ")";
        List<InetSocketAddress> addresses;
        try {
            addresses = addresses(servers);
        } catch (IllegalArgumentException e) {
            return Optional.of("bootstrap.servers '" + servers + "' is not a list of HOST:PORT (" + origin(config, "bootstrap.servers")
                    + ").\n" + howToSetKafka(config));
        }
        List<String> failures = new ArrayList<>();
        boolean anyListens = false;
        for (InetSocketAddress address : addresses) {
            Optional<String> failure = connectFailure(address);
            if (failure.isEmpty()) {
                anyListens = true;
                break;
            }
            failures.add(addresses.size() == 1 ? failure.get() : address.getHostString() + ":" + address.getPort() + " " + failure.get());
        }
        if (!anyListens) {
            return Optional.of("no Kafka cluster answers at " + where + ": " + String.join(", ", failures) + ".\n"
                    + howToSetKafka(config));
        }
        return describeClusterProblem(config, where);
    }

    private static Optional<String> describeClusterProblem(ClaimstreamConfig config, String where) {
        Properties p = config.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "claimstream-probe");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(ANSWER_SECONDS * 1000));
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(ANSWER_SECONDS * 1000));
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        Admin admin;
        try {
            admin = Admin.create(p);
        } catch (KafkaException e) {
            return Optional.of("cannot create a Kafka client for " + where + ": " + messageOf(e) + ".\n" + howToSetKafka(config));
        }
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(ANSWER_SECONDS * 1000)).nodes()
                    .get(ANSWER_SECONDS + 1, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException) {
                return Optional.of("the Kafka cluster at " + where + " refused the login: " + messageOf(e.getCause())
                        + ".\n  Its credentials come from --client-config FILE or kafka.sasl.jaas.config.");
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                return Optional.of(silentListener(config, where));
            }
            return Optional.of("the Kafka cluster at " + where + " failed to answer: " + messageOf(e.getCause()) + ".");
        } catch (TimeoutException e) {
            return Optional.of(silentListener(config, where));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterUnreachableException("interrupted while checking the Kafka cluster at " + where);
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private static String silentListener(ClaimstreamConfig config, String where) {
        String protocol = config.commonClientProperties().getProperty(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
        return "something listens at " + where + ", but no Kafka broker answered within " + ANSWER_SECONDS + " s"
                + " (security.protocol " + protocol + ").\n  If the cluster needs TLS or a login, give its client settings"
                + " with --client-config FILE; if it is not Kafka, name the cluster with -b HOST:PORT.";
    }

    static Optional<String> registryProblem(ClaimstreamConfig config) {
        String url = config.schemaRegistryUrl();
        URI base;
        try {
            base = URI.create(url.endsWith("/") ? url : url + "/");
        } catch (IllegalArgumentException e) {
            return Optional.of("schema.registry.url '" + url + "' is not a URL (" + origin(config, "schema.registry.url") + ").\n"
                    + howToSetRegistry(config));
        }
        if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
            return Optional.empty();   // mock:// and the like live in this JVM
        }
        String where = url + " (schema.registry.url, " + origin(config, "schema.registry.url") + ")";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(CONNECT_SECONDS)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("subjects"))
                .timeout(Duration.ofSeconds(ANSWER_SECONDS)).header("Accept", "application/vnd.schemaregistry.v1+json");
        config.schemaRegistryBasicAuth().ifPresent(userInfo -> request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8))));
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return Optional.of("no schema registry answers at " + where + ": " + networkFailure(e) + ".\n" + howToSetRegistry(config));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterUnreachableException("interrupted while checking the schema registry at " + where);
        }
        if (status == 401 || status == 403) {
            return Optional.of("the schema registry at " + where + " refused the login (HTTP " + status + ").\n"
                    + "  Its login is schema.registry.basic.auth.user.info=USER:PASSWORD, in a --config file or the environment.");
        }
        if (status == 404) {
            return Optional.of("the server at " + where + " has no Confluent-compatible schema registry API there (HTTP 404);"
                    + " for Apicurio Registry the URL ends in /apis/ccompat/v7.\n" + howToSetRegistry(config));
        }
        if (status >= 300) {
            return Optional.of("the schema registry at " + where + " answered HTTP " + status + ".");
        }
        return Optional.empty();
    }

    private static String howToSetKafka(ClaimstreamConfig config) {
        if (config.origin("bootstrap.servers").orElse("").startsWith(LocalStackLayer.ORIGIN_PREFIX)) {
            return LocalStackLayer.notAnswering(CommandName.current());
        }
        return "  Name a cluster with -b HOST:PORT, or CLAIMSTREAM_BOOTSTRAP_SERVERS=HOST:PORT, or bootstrap.servers in a --config file;\n"
                + "  or start the local stack (" + CommandName.current() + " stack up): commands run from the same directory then use it.";
    }

    private static String howToSetRegistry(ClaimstreamConfig config) {
        if (config.origin("schema.registry.url").orElse("").startsWith(LocalStackLayer.ORIGIN_PREFIX)) {
            return LocalStackLayer.notAnswering(CommandName.current());
        }
        return "  Name a registry with -r URL, or CLAIMSTREAM_SCHEMA_REGISTRY_URL=URL, or schema.registry.url in a --config file;\n"
                + "  or start the local stack (" + CommandName.current() + " stack up): commands run from the same directory then use it.";
    }

    private static String origin(ClaimstreamConfig config, String key) {
        String origin = config.origin(key).orElse("set in code");
        return switch (origin) {
            case ConfigLayers.DEFAULT_ORIGIN -> "the built-in default";
            case "flag" -> "from the command line";
            case "env" -> "from the environment";
            default -> "from " + origin;
        };
    }

    static List<InetSocketAddress> addresses(String servers) {
        List<InetSocketAddress> out = new ArrayList<>();
        for (String entry : servers.split(",")) {
            String s = entry.trim();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.lastIndexOf(':');
            if (colon <= 0 || colon == s.length() - 1) {
                throw new IllegalArgumentException(s);
            }
            String host = s.substring(0, colon).replace("[", "").replace("]", "");
            int port;
            try {
                port = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(s, e);
            }
            out.add(InetSocketAddress.createUnresolved(host, port));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(servers);
        }
        return out;
    }

    private static Optional<String> connectFailure(InetSocketAddress unresolved) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(unresolved.getHostString(), unresolved.getPort()), CONNECT_SECONDS * 1000);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(networkFailure(e));
        } catch (IllegalArgumentException e) {
            return Optional.of("port out of range");
        }
    }

    private static String networkFailure(IOException e) {
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SocketTimeoutException || e instanceof java.net.http.HttpConnectTimeoutException
                || e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + (e instanceof java.net.http.HttpConnectTimeoutException || e instanceof SocketTimeoutException
                    ? CONNECT_SECONDS : ANSWER_SECONDS) + " s";
        }
        if (e instanceof UnknownHostException || e.getCause() instanceof UnknownHostException) {
            return "unknown host";
        }
        return messageOf(e);
    }

    private static String messageOf(Throwable t) {
        Throwable c = t;
        while ((c.getMessage() == null || c.getMessage().isBlank()) && c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null || c.getMessage().isBlank() ? c.getClass().getSimpleName() : c.getMessage();
    }
}
