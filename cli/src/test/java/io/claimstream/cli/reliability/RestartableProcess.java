package io.claimstream.cli.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Stops and restarts one process of a {@link io.claimstream.stack.LocalStack} (the broker or the registry), which has
 * no restart API of its own: the process's command line, environment (the broker's classpath travels there) and
 * working directory are read from {@code /proc} while it runs, and the same command is launched again, on the same
 * config, data and ports. Linux only.
 */
final class RestartableProcess implements AutoCloseable {

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path log;
    private long pid;
    private Process relaunched;

    private RestartableProcess(long pid, List<String> command, Map<String, String> environment, Path workDir, Path log) {
        this.pid = pid;
        this.command = command;
        this.environment = environment;
        this.workDir = workDir;
        this.log = log;
    }

    /** @param log where the relaunched process writes its output */
    static RestartableProcess adopt(long pid, Path log) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            List<String> command = List.copyOf(Arrays.asList(
                    new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0")));
            Map<String, String> environment = new HashMap<>();
            for (String entry : new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8).split("\0")) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    environment.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
            return new RestartableProcess(pid, command, environment, Files.readSymbolicLink(proc.resolve("cwd")), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc of process " + pid + " (Linux only)", e);
        }
    }

    /** SIGTERM (a controlled shutdown, as an operator or orchestrator stops it), then waits until it has exited. */
    void stop() {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("process " + pid + " is not running"));
        handle.destroy();
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
            throw new IllegalStateException("process " + pid + " did not stop in time", e);
        }
    }

    /** Launches the same command again and waits until {@code answers} holds. */
    void start(Duration atMost, Callable<Boolean> answers) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            relaunched = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot relaunch " + command.get(0), e);
        }
        pid = relaunched.pid();
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            if (!relaunched.isAlive()) {
                throw new AssertionError("the relaunched process exited, see " + log);
            }
            return answers.call();
        });
    }

    /** A broker answers when an Admin client can describe the cluster. */
    static Callable<Boolean> kafkaAnswers(String bootstrapServers) {
        return () -> {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
            try (Admin admin = Admin.create(props)) {
                return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get(3, TimeUnit.SECONDS).isEmpty();
            }
        };
    }

    /** A registry answers when its Confluent API lists subjects. */
    static Callable<Boolean> registryAnswers(String registryUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return () -> http.send(HttpRequest.newBuilder(URI.create(registryUrl + "/subjects")).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** Stops the relaunched process, which the stack does not know about. */
    @Override
    public void close() {
        if (relaunched != null && relaunched.isAlive()) {
            relaunched.destroy();
            try {
                if (!relaunched.waitFor(30, TimeUnit.SECONDS)) {
                    relaunched.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                relaunched.destroyForcibly();
            }
        }
    }
}
