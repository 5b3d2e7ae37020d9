package io.claimstream.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a local stack. Start from {@link #defaults()} and adjust with the {@code with...} methods.
 *
 * @param dataDir      the ONE directory holding everything the stack writes: configs, Kafka log dirs, the registry's
 *                     H2 database, child logs ({@code logs/}) and, in detached mode, {@code stack.json}
 * @param startTimeout how long to wait for both processes to become ready
 * @param stopTimeout  how long a graceful stop (SIGTERM) may take before the process is killed
 * @param kafkaHeap    {@code -Xmx} of the broker JVM
 * @param registryHeap {@code -Xmx} of the registry JVM
 * @param freshData    wipe the Kafka log dirs and the registry database before starting
 * @param security     {@link StackSecurity#NONE} (default) or SASL/SCRAM with ACLs; see {@link StackSecurity}
 * @param ports        the broker and registry ports asked for ({@link RequestedPorts#ANY} by default: free ones, and
 *                     the broker's of the previous start while still free)
 */
public record LocalStackOptions(
        Path dataDir,
        Duration startTimeout,
        Duration stopTimeout,
        String kafkaHeap,
        String registryHeap,
        boolean freshData,
        StackSecurity security,
        RequestedPorts ports) {

    /** Default data directory, relative to the working directory: {@code .claimstream/stack}. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".claimstream", "stack");

    public LocalStackOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(kafkaHeap, "kafkaHeap");
        Objects.requireNonNull(registryHeap, "registryHeap");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(ports, "ports");
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Without security: what the stack was before secure mode existed. */
    public LocalStackOptions(Path dataDir, Duration startTimeout, Duration stopTimeout, String kafkaHeap,
                             String registryHeap, boolean freshData) {
        this(dataDir, startTimeout, stopTimeout, kafkaHeap, registryHeap, freshData, StackSecurity.NONE, RequestedPorts.ANY);
    }

    /**
     * Defaults sized for a 2-core / 24 GB machine that also runs the test JVMs: the broker and the registry each
     * settle well below 500 MB resident with these heaps (measured in LocalStackIT).
     */
    public static LocalStackOptions defaults() {
        return new LocalStackOptions(DEFAULT_DATA_DIR, Duration.ofSeconds(120), Duration.ofSeconds(30),
                "512m", "256m", false);
    }

    public LocalStackOptions withDataDir(Path newDataDir) {
        return new LocalStackOptions(newDataDir, startTimeout, stopTimeout, kafkaHeap, registryHeap, freshData, security, ports);
    }

    public LocalStackOptions withStartTimeout(Duration timeout) {
        return new LocalStackOptions(dataDir, timeout, stopTimeout, kafkaHeap, registryHeap, freshData, security, ports);
    }

    public LocalStackOptions withStopTimeout(Duration timeout) {
        return new LocalStackOptions(dataDir, startTimeout, timeout, kafkaHeap, registryHeap, freshData, security, ports);
    }

    public LocalStackOptions withHeaps(String newKafkaHeap, String newRegistryHeap) {
        return new LocalStackOptions(dataDir, startTimeout, stopTimeout, newKafkaHeap, newRegistryHeap, freshData, security, ports);
    }

    public LocalStackOptions withFreshData(boolean wipe) {
        return new LocalStackOptions(dataDir, startTimeout, stopTimeout, kafkaHeap, registryHeap, wipe, security, ports);
    }

    /** {@link StackSecurity#SASL_SCRAM} for the secure stack ({@code stack up --secure}). */
    public LocalStackOptions withSecurity(StackSecurity newSecurity) {
        return new LocalStackOptions(dataDir, startTimeout, stopTimeout, kafkaHeap, registryHeap, freshData, newSecurity, ports);
    }

    /** Fixed ports for people who point other tools at the stack; 0 for either means any free port. */
    public LocalStackOptions withPorts(RequestedPorts newPorts) {
        return new LocalStackOptions(dataDir, startTimeout, stopTimeout, kafkaHeap, registryHeap, freshData, security, newPorts);
    }

    /** Where the stack keeps its files, derived from {@link #dataDir()}. */
    StackLayout layout() {
        return new StackLayout(dataDir);
    }
}
