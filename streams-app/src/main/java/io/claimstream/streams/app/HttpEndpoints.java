package io.claimstream.streams.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The app's HTTP surface: health, metrics, topology, and whatever query handlers are registered. The JDK's server is
 * enough for a handful of low-rate endpoints and keeps the app free of a web framework.
 */
public final class HttpEndpoints implements AutoCloseable {

    /** A response: status, content type, body. */
    public record Reply(int status, String contentType, String body) {
        public static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body);
        }

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body);
        }
    }

    /** A handler gets the path below its prefix (empty for the prefix itself). */
    @FunctionalInterface
    public interface Route {
        Reply handle(String subPath, String query);
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new LinkedHashMap<>();

    public HttpEndpoints(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "claimstream-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::dispatch);
    }

    public HttpEndpoints route(String prefix, Route route) {
        routes.put(prefix, route);
        return this;
    }

    public HttpEndpoints health(StreamsHealth health) {
        route("/health/live", (p, q) -> health.live() ? Reply.text(200, "live " + health.state() + "\n")
                : Reply.text(503, "not live " + health.state() + "\n"));
        route("/health/ready", (p, q) -> health.ready() ? Reply.text(200, "ready\n")
                : Reply.text(503, "not ready " + health.state() + "\n"));
        return this;
    }

    public HttpEndpoints text(String path, Supplier<String> body) {
        return route(path, (p, q) -> p.isEmpty() ? Reply.text(200, body.get()) : Reply.text(404, "not found\n"));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            String path = exchange.getRequestURI().getPath();
            reply = Reply.text(404, "not found: " + path + "\n");
            if (!"GET".equals(exchange.getRequestMethod())) {
                reply = Reply.text(405, "only GET\n");
            } else {
                for (Map.Entry<String, Route> e : routes.entrySet()) {
                    String prefix = e.getKey();
                    if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                        String sub = path.length() > prefix.length() ? path.substring(prefix.length() + 1) : "";
                        reply = e.getValue().handle(sub, exchange.getRequestURI().getRawQuery());
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            reply = Reply.text(500, "error: " + e + "\n");
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
