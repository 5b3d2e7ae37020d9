package io.claimstream.producer.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP server on 127.0.0.1 with an ephemeral port, serving whatever the test scripted, and recording requests. */
public final class LocalHttpServer implements AutoCloseable {

    /** A scripted answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {
        public static Reply ok(String contentType, String body) {
            return new Reply(200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0]);
        }

        public static Reply redirect(String location) {
            return new Reply(302, Map.of("Location", location), new byte[0]);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body);
        }
    }

    /** What the server saw. */
    public record Request(String path, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    @FunctionalInterface
    public interface Route {
        Reply answer(Request request);
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalHttpServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public LocalHttpServer serve(String path, Reply reply) {
        return route(path, r -> reply);
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders());
        requests.add(request);
        Route route = routes.get(request.path());
        Reply reply = route == null ? Reply.status(404) : route.answer(request);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean noBody = reply.body().length == 0;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
