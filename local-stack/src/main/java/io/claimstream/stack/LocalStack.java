package io.claimstream.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running Kafka broker + Apicurio Registry on loopback, owned by this JVM: {@link #close()} stops both, and a
 * shutdown hook stops them if the caller exits without closing. While running, {@code <dataDir>/stack.json}
 * describes it (so {@code stack status} sees it and a second start in the same data dir is refused).
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStackOptions.defaults())) {
 *     StackEndpoints endpoints = stack.endpoints();
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    private final LaunchedStack launched;
    private final LocalStackOptions options;
    private final Thread shutdownHook;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private LocalStack(LaunchedStack launched, LocalStackOptions options) {
        this.launched = launched;
        this.options = options;
        this.shutdownHook = new Thread(this::stopQuietly, "claimstream-local-stack-shutdown");
    }

    /**
     * Starts both processes and returns once both answer.
     *
     * @throws StackStartException when a prerequisite is missing (Java 21+, the Apicurio bundle), a stack already
     *                             runs in the data dir, or a process did not become ready in time (see its log)
     */
    public static LocalStack start(LocalStackOptions options) {
        StackLayout layout = options.layout();
        StackStatus existing = LocalStackControl.status(options.dataDir());
        if (existing.anyRunning()) {
            throw new StackStartException("A stack is already running in " + options.dataDir()
                    + "; stop it first (stack down)", layout.stateFile());
        }
        LaunchedStack launched = StackLauncher.forThisMachine().launch(options, false);
        LocalStack stack = new LocalStack(launched, options);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            StateFile.write(layout, launched.state(false));
        } catch (IOException e) {
            stack.close();
            throw new StackStartException("Cannot write " + layout.stateFile() + ": " + e, null, e);
        }
        return stack;
    }

    public StackEndpoints endpoints() {
        return launched.endpoints();
    }

    public StackSecurity security() {
        return launched.security();
    }

    /**
     * The Kafka client properties file of {@code principal} (security.protocol, sasl.mechanism, sasl.jaas.config);
     * empty unless the stack runs with {@link StackSecurity#SASL_SCRAM}.
     */
    public Optional<Path> clientConfig(StackPrincipal principal) {
        return Optional.ofNullable(launched.clientConfigs().get(principal));
    }

    /**
     * The registry login as a claimstream config file ({@code schema.registry.basic.auth.user.info}, for
     * {@code --config}); empty unless the stack runs with {@link StackSecurity#SASL_SCRAM}.
     */
    public Optional<Path> registryClientConfig() {
        return launched.registryClientConfig();
    }

    public StartupTimings startupTimings() {
        return launched.timings();
    }

    public Path dataDir() {
        return options.dataDir();
    }

    public long kafkaPid() {
        return launched.kafka().pid();
    }

    public long registryPid() {
        return launched.registry().pid();
    }

    public Path kafkaLog() {
        return launched.kafka().logFile();
    }

    public Path registryLog() {
        return launched.registry().logFile();
    }

    /** Stops both processes (SIGTERM, then SIGKILL after the stop timeout); later calls do nothing. */
    public Map<String, StopOutcome> stop() {
        if (!stopped.compareAndSet(false, true)) {
            return Map.of();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: we are (or run beside) the hook
        }
        Map<String, StopOutcome> outcomes = launched.stop(options.stopTimeout());
        StateFile.delete(options.layout());
        return outcomes;
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        stop();
    }
}
