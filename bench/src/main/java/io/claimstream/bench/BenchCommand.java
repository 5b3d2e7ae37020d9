package io.claimstream.bench;

import io.claimstream.bench.corpus.CorpusLocator;
import io.claimstream.bench.jmh.MicroBenchmarks;
import io.claimstream.bench.run.BenchRun;
import io.claimstream.bench.run.BenchSettings;
import io.claimstream.stack.LocalStackControl;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.stack.StackSecurity;
import io.claimstream.stack.StackStatus;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.config.LocalStackLayer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimstream bench}: end-to-end performance on a real broker (broker ceiling, pass-through Kafka Streams app,
 * full claimstream topology, latency at half load, memory, state size), or with {@code --micro} the JMH
 * micro-benchmarks of the per-article hot paths.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure claimstream end to end on a real Kafka broker (the local stack by default): the broker's own",
            "limit, a pass-through Kafka Streams app and the full topology on the same articles, then publish -> deal-update",
            "latency at half the full topology's maximum, heap, RSS and state size. --micro runs the JMH micro-benchmarks.",
            "Articles are generated from Reuters-21578 (Debian package 'weka', installed on demand) with planted copies."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "20000", description = "Articles in the throughput backlog (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--duplicate-rate", defaultValue = "0.2",
            description = "Share of planted copies: exact, boilerplate and rewrites in equal parts (default ${DEFAULT-VALUE}).")
    double duplicateRate;

    @Option(names = "--deal-share", defaultValue = "0.1",
            description = "Share of original articles carrying a seed passage with deal claims (default ${DEFAULT-VALUE}).")
    double dealShare;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--instances", defaultValue = "1", description = "claimstream app instances, run in this JVM (default ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--threads", defaultValue = "1",
            description = "Stream threads per instance, for the pass-through app too (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--broker-records", defaultValue = "50000",
            description = "Records for the broker-limit phase, at least --articles (default ${DEFAULT-VALUE}).")
    long brokerRecords;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "Duration of the fixed-load latency phase (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--history", defaultValue = "0",
            description = "Pre-fill this many unique articles of dedup history after the measurements and report heap,"
                    + " RSS and state size with it (claims are skipped for them; default ${DEFAULT-VALUE}: skip).")
    int history;

    @Option(names = "--bootstrap-servers", description = {"Use this Kafka cluster. Default: the local stack that 'stack up' runs, if any"
            + " (run-specific topic names keep the runs apart), else a fresh local stack of its own."})
    String bootstrapServers;

    @Option(names = "--schema-registry-url", description = "Schema registry of that cluster (Confluent-compatible API).")
    String schemaRegistryUrl;

    @Option(names = "--data-dir", defaultValue = ".claimstream/bench", description = "Local stack and state stores (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--corpus-root", description = "Where to look for reuters*.arff (default /usr/share).")
    Path corpusRoot;

    @Option(names = "--no-install", description = "Do not apt-get install weka when the Reuters corpus is missing.")
    boolean noInstall;

    @Option(names = "--seeds", description = "Seed articles with deal claims (default <claimstream home>/samples/seeds).")
    Path seeds;

    @Option(names = "--seed", defaultValue = "21578", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A claimstream config key for the measured apps, as in a config file; repeatable "
                    + "(e.g. --set kafka.streams.commit.interval.ms=100 --set num.stream.threads=2).")
    java.util.Map<String, String> appOverrides = new java.util.LinkedHashMap<>();

    @Option(names = "--micro", description = "Run the JMH micro-benchmarks instead (1 fork, 2 warm-up + 3 measured iterations of 1 s).")
    boolean micro;

    @Override
    public Integer call() throws Exception {
        if (micro) {
            return MicroBenchmarks.run(System.out);
        }
        if ((bootstrapServers == null) != (schemaRegistryUrl == null)) {
            System.err.println("bench: give both --bootstrap-servers and --schema-registry-url, or neither for the local stack");
            return 2;
        }
        if (articles < 100 || duplicateRate < 0 || duplicateRate >= 1 || partitions < 1 || instances < 1 || threads < 1) {
            System.err.println("bench: need --articles >= 100, 0 <= --duplicate-rate < 1, --partitions >= 1, --instances >= 1");
            return 2;
        }
        if (bootstrapServers == null) {
            runningLocalStack().ifPresent(endpoints -> {
                bootstrapServers = endpoints.bootstrapServers();
                schemaRegistryUrl = endpoints.schemaRegistryUrl();
            });
        }
        if (bootstrapServers != null) {
            ClusterProbe.require(ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(
                    Map.of("bootstrap.servers", bootstrapServers, "schema.registry.url", schemaRegistryUrl), "flag")),
                    ClusterProbe.Needs.KAFKA_AND_REGISTRY);
        }
        BenchSettings settings = new BenchSettings(articles, duplicateRate, dealShare, partitions, instances, threads,
                brokerRecords, latencySeconds, history, bootstrapServers, schemaRegistryUrl, dataDir,
                corpusRoot != null ? corpusRoot : CorpusLocator.DEFAULT_SEARCH_ROOT, !noInstall,
                seeds != null ? seeds : defaultSeeds(), seed, appOverrides);
        new BenchRun(settings, System.err).runAndPrint(System.out);
        return 0;
    }

    /** The plain local stack recorded in stack.dir, as every other command finds it; bench's clients have no login. */
    private static Optional<StackEndpoints> runningLocalStack() {
        String dir = ConfigLayers.defaults().withEnv(System.getenv()).value(LocalStackLayer.STACK_DIR_KEY).orElseThrow();
        StackStatus status = LocalStackControl.status(Path.of(dir));
        if (!status.allRunning() || status.state().isEmpty()) {
            return Optional.empty();
        }
        if (status.state().get().security() != StackSecurity.NONE) {
            System.err.println("bench: the local stack in " + dir + " is secure; bench starts a plain one of its own");
            return Optional.empty();
        }
        System.err.println("bench: using the running local stack (" + status.stateFile() + ")");
        return status.endpoints();
    }

    static Path defaultSeeds() {
        String home = System.getProperty("claimstream.home");
        return (home != null ? Path.of(home) : Path.of("")).resolve("samples").resolve("seeds").toAbsolutePath();
    }

    /** For running the harness without the CLI: {@code java -cp ... io.claimstream.bench.BenchCommand --articles 2000}. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchCommand()).execute(args));
    }
}
