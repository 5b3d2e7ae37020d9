package io.claimstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The probe every cluster command runs first: where nothing answers, a message that names the address and the fix. */
class ClusterProbeTest {

    @Test
    void aPortNobodyListensOnIsNamedWithItsOriginAndTheThreeWaysToSetIt() throws IOException {
        int port = closedPort();
        ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults()
                .withEnv(Map.of("CLAIMSTREAM_BOOTSTRAP_SERVERS", "127.0.0.1:" + port)));

        assertThatThrownBy(() -> ClusterProbe.require(config, ClusterProbe.Needs.KAFKA))
                .isInstanceOf(ClusterUnreachableException.class)
                .hasMessageContaining("no Kafka cluster answers at 127.0.0.1:" + port + " (bootstrap.servers, from the environment)")
                .hasMessageContaining("connection refused")
                .hasMessageContaining("-b HOST:PORT").hasMessageContaining("CLAIMSTREAM_BOOTSTRAP_SERVERS").hasMessageContaining("stack up")
                .message().doesNotContain("null");
    }

    @Test
    void aListenerThatIsNotKafkaIsToldApartFromNoListenerAtAll() throws IOException {
        // Accepts connections and never answers: what a Kafka client sees of a TLS or SASL-only port, or of another server.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults()
                    .withOverrides(Map.of("bootstrap.servers", "127.0.0.1:" + silent.getLocalPort()), "flag"));

            assertThatThrownBy(() -> ClusterProbe.require(config, ClusterProbe.Needs.KAFKA))
                    .hasMessageContaining("something listens at 127.0.0.1:" + silent.getLocalPort())
                    .hasMessageContaining("no Kafka broker answered within " + ClusterProbe.ANSWER_SECONDS + " s")
                    .hasMessageContaining("--client-config");
        }
    }

    @Test
    void aMalformedBootstrapListIsReportedAsSuch() {
        ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(Map.of("bootstrap.servers", "broker"), "flag"));
        assertThatThrownBy(() -> ClusterProbe.require(config, ClusterProbe.Needs.KAFKA))
                .hasMessageContaining("bootstrap.servers 'broker' is not a list of HOST:PORT");
    }

    @Test
    void anUnreachableRegistryIsNamedWithTheWaysToSetIt() throws IOException {
        int port = closedPort();
        ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults()
                .withOverrides(Map.of("schema.registry.url", "http://127.0.0.1:" + port + "/apis/ccompat/v7"), "flag"));

        assertThat(ClusterProbe.registryProblem(config)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("no schema registry answers at http://127.0.0.1:" + port + "/apis/ccompat/v7 (schema.registry.url, from the command line)")
                .contains("-r URL").contains("CLAIMSTREAM_SCHEMA_REGISTRY_URL").contains("stack up"));
    }

    @Test
    void aRegistryWithoutTheConfluentApiAtThatPathOrThatRefusesTheLoginIsReported() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/apis/ccompat/v7/subjects", exchange -> {
            int status = exchange.getRequestHeaders().containsKey("Authorization") ? 200 : 401;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(ClusterProbe.registryProblem(registry(base + "/apis/ccompat/v7", null))).hasValueSatisfying(p ->
                    assertThat(p).contains("refused the login (HTTP 401)").contains("schema.registry.basic.auth.user.info"));
            assertThat(ClusterProbe.registryProblem(registry(base + "/apis/ccompat/v7", "u:p"))).isEmpty();
            assertThat(ClusterProbe.registryProblem(registry(base, "u:p"))).hasValueSatisfying(p ->
                    assertThat(p).contains("HTTP 404").contains("/apis/ccompat/v7"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anInProcessRegistryNeedsNoProbe() {
        assertThat(ClusterProbe.registryProblem(registry("mock://probe-test", null))).isEmpty();
    }

    private static ClaimstreamConfig registry(String url, String login) {
        Map<String, String> m = new java.util.HashMap<>(Map.of("schema.registry.url", url));
        if (login != null) {
            m.put("schema.registry.basic.auth.user.info", login);
        }
        return ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(m, "flag"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
