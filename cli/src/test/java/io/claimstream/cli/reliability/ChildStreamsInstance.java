package io.claimstream.cli.reliability;

import io.claimstream.stack.ChildClasspath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One streams-app instance in its own JVM ({@code io.claimstream.cli.Main streams}), so that it can be killed the
 * hard way (SIGKILL: no shutdown hook, no transaction abort, no state flush) and restarted, as a crashed pod would be.
 */
final class ChildStreamsInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int httpPort;
    private final Path log;

    private ChildStreamsInstance(String name, Process process, int httpPort, Path log) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** Starts an instance of the pipeline with its own state directory; its output goes to {@code <stateDir>.log}. */
    static ChildStreamsInstance start(IsolatedPipeline pipeline, String name, Path stateDir) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "io.claimstream.cli.Main", "streams", "--http-port", Integer.toString(port)));
        for (Map.Entry<String, String> setting : pipeline.settings().entrySet()) {
            if (!setting.getKey().equals("state.dir") && !setting.getKey().equals("http.port")) {
                command.add("--set");
                command.add(setting.getKey() + "=" + setting.getValue());
            }
        }
        command.add("--set");
        command.add("state.dir=" + stateDir);
        Path log = stateDir.resolveSibling(stateDir.getFileName() + "-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The classpath travels in the environment: the command line stays readable in ps.
        builder.environment().put("CLASSPATH", ChildClasspath.ofThisJvm());
        try {
            return new ChildStreamsInstance(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start streams instance " + name, e);
        }
    }

    /** Ready means Kafka Streams is RUNNING in that JVM (its /health/ready answers 200). */
    boolean ready() {
        return process.isAlive() && status("/health/ready") == 200;
    }

    boolean alive() {
        return process.isAlive();
    }

    String name() {
        return name;
    }

    String get(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitGone();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitGone() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("instance " + name + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).timeout(Duration.ofSeconds(10)).build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
