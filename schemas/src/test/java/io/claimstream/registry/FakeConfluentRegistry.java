package io.claimstream.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;

/**
 * A Confluent-API registry on loopback for tests, backed by an {@link InMemorySchemaRegistry}, that records every
 * request so tests can count calls and look at headers and bodies. It answers errors the way Confluent and Apicurio
 * do: {@code {"error_code": ..., "message": ...}}.
 */
public final class FakeConfluentRegistry implements AutoCloseable {

    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemorySchemaRegistry backing = new InMemorySchemaRegistry();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int forcedStatus;
    private volatile String forcedBody;

    public FakeConfluentRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public InMemorySchemaRegistry backing() {
        return backing;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Every later request is answered with this status and raw body, as a broken proxy would. */
    public void answerEverythingWith(int status, String body) {
        this.forcedStatus = status;
        this.forcedBody = body;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        try {
            if (forcedStatus != 0) {
                respond(exchange, forcedStatus, forcedBody);
                return;
            }
            respond(exchange, 200, JSON.writeValueAsString(route(exchange.getRequestMethod(), path, body)));
        } catch (SchemaRegistryException e) {
            ObjectNode error = JSON.createObjectNode().put("error_code", e.errorCode())
                    .put("message", e.registryMessage());
            respond(exchange, e.httpStatus(), error.toString());
        }
    }

    private Object route(String method, String rawPath, String body) throws IOException {
        String[] parts = rawPath.substring(1).split("/");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
        }
        String route = method + " " + String.join("/", parts);
        if (method.equals("POST") && parts.length == 3 && parts[0].equals("subjects")) {
            return Map.of("id", backing.register(parts[1], schemaIn(body)));
        }
        if (method.equals("POST") && parts.length == 2 && parts[0].equals("subjects")) {
            return backing.lookup(parts[1], schemaIn(body)).map(FakeConfluentRegistry::describe)
                    .orElseThrow(() -> new SchemaRegistryException(404, 40403, "Schema not found", "lookup"));
        }
        if (method.equals("GET") && parts.length == 4 && parts[0].equals("subjects")) {
            return backing.latest(parts[1]).map(FakeConfluentRegistry::describe)
                    .orElseThrow(() -> new SchemaRegistryException(404, 40401,
                            "Subject '" + parts[1] + "' not found.", "latest"));
        }
        if (method.equals("GET") && route.equals("GET subjects")) {
            return backing.subjects();
        }
        if (method.equals("GET") && parts.length == 3 && parts[0].equals("schemas") && parts[1].equals("ids")) {
            return Map.of("schema", backing.getById(Integer.parseInt(parts[2])).toString());
        }
        if (method.equals("POST") && parts[0].equals("compatibility")) {
            return Map.of("is_compatible", backing.testCompatibility(parts[2], schemaIn(body)));
        }
        if (parts[0].equals("config")) {
            Optional<CompatibilityLevel> level = parts.length == 1
                    ? Optional.of(backing.globalCompatibility())
                    : backing.subjectCompatibility(parts[1]);
            if (method.equals("PUT")) {
                CompatibilityLevel newLevel = CompatibilityLevel.parse(JSON.readTree(body).get("compatibility").asText());
                if (parts.length == 1) {
                    backing.setGlobalCompatibility(newLevel);
                } else {
                    backing.setSubjectCompatibility(parts[1], newLevel);
                }
                return Map.of("compatibility", newLevel.name());
            }
            return Map.of("compatibilityLevel", level.orElseThrow(() -> new SchemaRegistryException(404, 40408,
                    "Subject '" + parts[1] + "' does not have subject-level compatibility configured", "config"))
                    .name());
        }
        throw new SchemaRegistryException(404, 404, "HTTP 404 Not Found", route);
    }

    private static Map<String, Object> describe(RegisteredSchema registered) {
        return Map.of("subject", registered.subject(), "id", registered.id(), "version", registered.version(),
                "schema", registered.schema().toString());
    }

    private static Schema schemaIn(String body) throws IOException {
        JsonNode request = JSON.readTree(body);
        return new Schema.Parser().parse(request.get("schema").asText());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", HttpSchemaRegistryClient.CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
