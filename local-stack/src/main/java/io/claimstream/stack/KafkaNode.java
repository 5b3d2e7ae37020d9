package io.claimstream.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateAclsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/** Prepares, formats, launches and waits for the single-node KRaft broker in a child JVM. */
final class KafkaNode {

    static final String ROLE = "kafka";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(90);

    private final StackLayout layout;
    private final LocalStackOptions options;
    private Optional<ScramCredentials> scram = Optional.empty();
    private Map<StackPrincipal, Path> clientConfigs = Map.of();

    KafkaNode(LocalStackOptions options) {
        this.options = options;
        this.layout = options.layout();
    }

    /**
     * Picks the ports: the broker port asked for ({@code --port}), else those of the previous start when still free (a
     * restarted stack keeps its bootstrap address), else new free ones; never the registry port asked for. A changed
     * controller port is fine for a single node: checked by hand, the node re-registers its new endpoint in the KRaft
     * voter set on startup.
     */
    BrokerPorts choosePorts() throws IOException {
        if (options.freshData()) {
            deleteRecursively(layout.kafkaLogDirs());
        }
        int wanted = options.ports().kafka();
        Set<Integer> reserved = options.ports().registry() == 0 ? Set.of() : Set.of(options.ports().registry());
        Optional<BrokerPorts> previous = previousPorts()
                .filter(p -> !reserved.contains(p.broker()) && !reserved.contains(p.controller()));
        if (wanted != 0) {
            if (!FreePorts.isFree(wanted)) {
                throw new StackStartException("Port " + wanted + " (--port) is already in use on " + BrokerConfig.HOST
                        + "; choose another, or leave --port out for a free one", null);
            }
            Set<Integer> taken = new HashSet<>(reserved);
            taken.add(wanted);
            int controller = previous.map(BrokerPorts::controller)
                    .filter(p -> p != wanted && FreePorts.isFree(p))
                    .orElseGet(() -> FreePorts.allocateExcept(1, taken).get(0));
            return new BrokerPorts(wanted, controller);
        }
        if (previous.isPresent() && FreePorts.isFree(previous.get().broker())
                && FreePorts.isFree(previous.get().controller())) {
            return previous.get();
        }
        List<Integer> ports = FreePorts.allocateExcept(2, reserved);
        return new BrokerPorts(ports.get(0), ports.get(1));
    }

    /** Writes the configs and formats the storage if needed; blocks until the format tool has finished. */
    void prepare(BrokerPorts ports) throws IOException {
        Files.createDirectories(layout.kafkaDir());
        Files.createDirectories(layout.logsDir());
        if (options.security() == StackSecurity.SASL_SCRAM) {
            ScramCredentials credentials = credentialsOfThisStorage();
            // The file holds the admin password (the broker's own login): owner only.
            OwnerOnlyFiles.write(layout.kafkaConfig(),
                    BrokerConfig.secureNode(ports, layout.kafkaLogDirs(), credentials).render());
            scram = Optional.of(credentials);
        } else {
            Files.writeString(layout.kafkaConfig(), BrokerConfig.devNode(ports, layout.kafkaLogDirs()).render());
        }
        Files.writeString(layout.kafkaLog4j2Config(), BrokerLogging.log4j2Properties());
        Files.writeString(layout.kafkaLogbackConfig(), BrokerLogging.logbackXml());
        savePorts(ports);
        if (!isFormatted()) {
            format();
        }
        if (scram.isPresent()) {
            clientConfigs = ClientConfigFiles.write(layout, scram.get());
        }
    }

    /** The credentials of a secure stack; empty for a plain one. Known after {@link #prepare}. */
    Optional<ScramCredentials> scram() {
        return scram;
    }

    /** Client properties file per principal; empty for a plain stack. Known after {@link #prepare}. */
    Map<StackPrincipal, Path> clientConfigs() {
        return clientConfigs;
    }

    /**
     * SCRAM users can only be added to a KRaft cluster at format time or through an authenticated admin, so the
     * passwords are generated when the storage is (about to be) formatted and reused as long as it lives.
     */
    private ScramCredentials credentialsOfThisStorage() throws IOException {
        if (isFormatted()) {
            return loadCredentials().orElseThrow(() -> new StackStartException("The Kafka storage in "
                    + layout.kafkaLogDirs() + " was formatted without SCRAM users (by a start without --secure);"
                    + " start the secure stack with fresh data (stack up --secure --fresh)", null));
        }
        ScramCredentials generated = ScramCredentials.generate(new SecureRandom());
        OwnerOnlyFiles.write(layout.scramCredentials(), generated.render());
        return generated;
    }

    private Optional<ScramCredentials> loadCredentials() {
        Path file = layout.scramCredentials();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
            return ScramCredentials.fromProperties(props);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean isFormatted() {
        return Files.isRegularFile(layout.kafkaLogDirs().resolve("meta.properties"));
    }

    private void format() throws IOException {
        List<String> command = jvm("256m");
        // A short-lived tool: C1 only and the serial collector start faster than the broker's settings.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", layout.kafkaConfig().toString()));
        scram.ifPresent(credentials -> command.addAll(credentials.formatArguments()));
        ChildProcess formatter = ChildProcess.launch(ROLE + "-format", command, classpathEnv(), layout.kafkaDir(),
                layout.kafkaFormatLog(), false);
        try {
            Optional<Integer> exit = formatter.awaitExitCode(FORMAT_TIMEOUT);
            if (exit.isEmpty()) {
                throw new StackStartException("Formatting the Kafka storage did not finish within " + FORMAT_TIMEOUT,
                        layout.kafkaFormatLog());
            }
            if (exit.get() != 0 || !isFormatted()) {
                throw new StackStartException("Formatting the Kafka storage failed with exit code " + exit.get(),
                        layout.kafkaFormatLog());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("Interrupted while formatting the Kafka storage", layout.kafkaFormatLog(), e);
        } finally {
            formatter.stop(Duration.ofSeconds(5));
        }
    }

    ChildProcess launch(boolean detached) throws IOException {
        List<String> command = jvm(options.kafkaHeap());
        // G1 as in the Kafka distribution; C1 only: measured on 2 busy cores, the broker is ready with ~40% less CPU
        // (2.3 s instead of 3.8 s) and the dev workload never needs C2's peak throughput.
        command.addAll(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:TieredStopAtLevel=1"));
        command.add(ChildProcess.roleArg(ROLE));
        command.add("-Dclaimstream.stack.dir=" + layout.dataDir());
        command.add("kafka.Kafka");
        command.add(layout.kafkaConfig().toString());
        return ChildProcess.launch(ROLE, command, classpathEnv(), layout.kafkaDir(), layout.kafkaLog(), detached);
    }

    /**
     * Waits until an Admin client can describe the cluster, failing fast if the broker process died. A secure broker
     * is only ready once the pipeline's ACLs are in place (as admin), so no client races a half-configured cluster.
     */
    static void awaitReady(ChildProcess broker, BrokerPorts ports, Optional<ScramCredentials> scram, Deadline deadline) {
        Properties props = new Properties();
        scram.ifPresent(credentials -> props.putAll(credentials.clientProperties(StackPrincipal.ADMIN)));
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ports.bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin admin = Admin.create(props)) {
            do {
                if (!broker.isAlive()) {
                    throw new StackStartException("The Kafka broker exited during startup", broker.logFile());
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                            .get(4, TimeUnit.SECONDS).isEmpty()) {
                        if (scram.isPresent()) {
                            // Creating an ACL that exists is a no-op: safe on every start.
                            admin.createAcls(PipelineAcls.claimstreamDefaults().bindings(),
                                    new CreateAclsOptions().timeoutMs(10_000)).all().get(15, TimeUnit.SECONDS);
                        }
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not ready yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } while (deadline.pause(Duration.ofMillis(250)));
        }
        throw new StackStartException("The Kafka broker was not ready at " + ports.bootstrapServers() + " in time",
                broker.logFile());
    }

    private List<String> jvm(String heap) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.currentJava());
        command.add("-Xmx" + heap);
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + layout.kafkaLog4j2Config());
        command.add("-Dlogback.configurationFile=" + layout.kafkaLogbackConfig());
        return command;
    }

    /** The classpath travels in the environment so the command line (ps, /proc) stays readable. */
    private static Map<String, String> classpathEnv() {
        return Map.of("CLASSPATH", BrokerSlf4jBinding.completeClasspath(ChildClasspath.ofThisJvm()));
    }

    private Optional<BrokerPorts> previousPorts() {
        Path file = layout.kafkaPorts();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
            return Optional.of(new BrokerPorts(Integer.parseInt(props.getProperty("broker")),
                    Integer.parseInt(props.getProperty("controller"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void savePorts(BrokerPorts ports) throws IOException {
        Properties props = new Properties();
        props.setProperty("broker", Integer.toString(ports.broker()));
        props.setProperty("controller", Integer.toString(ports.controller()));
        try (OutputStream out = Files.newOutputStream(layout.kafkaPorts())) {
            props.store(out, "ports of the last start; reused while free");
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
