package io.claimstream.cli;

import io.claimstream.deals.DealBoard;
import io.claimstream.producer.ProduceCommand;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DealState;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.serde.AvroDeserializer;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.LocalStackOptions;
import io.claimstream.streams.app.CaughtUp;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicSpec;
import io.claimstream.ops.export.ExportFormat;
import io.claimstream.ops.export.ExportResult;
import io.claimstream.ops.export.TopicExporter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole pipeline on the local stack in one command: start a real broker and registry, create the topics, publish
 * the inputs, run the streams app until everything is processed, print what came out, optionally write every topic
 * decoded to JSON lines, stop everything.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on a local broker and registry, print a summary and the deal boards, stop.",
                "Without --input, publishes the three seed articles bundled in samples/seeds."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", description = "Text files, directories or JSON-lines files (repeatable).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write every topic of the pipeline, decoded, to DIR/<topic>.jsonl.")
    Path out;

    @Option(names = "--extractor", paramLabel = "METHOD", defaultValue = "rules",
            description = "How sentences become claims: rules (default), parse or union (docs/parsers.md).")
    String extractor;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "Give up if processing takes longer (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--ingested-at", paramLabel = "INSTANT",
            description = "Stamp every article with this ingest time: two runs of one corpus then publish identical events and print the same run digest.")
    Instant ingestedAt;

    @Option(names = "--data-dir", defaultValue = ".claimstream/demo", description = "Stack and state directory, wiped at start (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintStream say = System.out;
        List<Path> sources = inputs.isEmpty() ? List.of(samples()) : inputs;
        say.println("claimstream demo: inputs " + sources);
        say.println("[1/5] starting a local Kafka broker and schema registry ...");
        // State left by an earlier demo belongs to a cluster and registry that no longer exist: start clean.
        deleteRecursively(dataDir.resolve("state"));
        try (LocalStack stack = LocalStack.start(LocalStackOptions.defaults().withDataDir(dataDir.resolve("stack")).withFreshData(true))) {
            say.println("      Kafka " + stack.endpoints().bootstrapServers() + ", registry " + stack.endpoints().schemaRegistryUrl()
                    + " (started in " + stack.startupTimings() + ")");
            ClaimstreamConfig config = demoConfig(stack);

            say.println("[2/5] loading models and starting the streams app (creates the topics) ...");
            try (StreamsApp app = StreamsApp.start(config, DefaultStages.load(config.claimsExtractor()), true)) {
                say.println("      " + app.topicOutcomes().size() + " topics ready; health at " + app.httpBaseUrl() + "/health/ready");

                say.println("[3/5] publishing ...");
                List<String> args = new ArrayList<>();
                args.add("--progress=LINES");
                if (ingestedAt != null) {
                    args.add("--ingested-at=" + ingestedAt);
                }
                sources.forEach(s -> args.add(s.toString()));
                CommandLine produce = new CommandLine(new ProduceCommand(ProduceCliCommand.publishers(config)));
                produce.setDefaultValueProvider(arg -> arg instanceof CommandLine.Model.OptionSpec o && o.longestName().equals("--topic")
                        ? config.topics().name(TopicLabel.ARTICLES_RAW)
                        : arg instanceof CommandLine.Model.OptionSpec o2 && o2.longestName().equals("--rejects-topic")
                        ? config.topics().name(TopicLabel.DEAD_LETTERS) : null);
                int produced = produce.execute(args.toArray(String[]::new));
                if (produced == 1) {
                    say.println("publishing failed");
                    return 1;
                }

                say.println("[4/5] processing until every record is through the pipeline ...");
                awaitCaughtUp(app, config, say);

                say.println("[5/5] results");
                printSummary(config, say);
                if (out != null) {
                    writeTopics(config, out, say);
                }
                return produced == 2 ? 2 : 0;
            }
        } finally {
            say.println("stack stopped.");
        }
    }

    private ClaimstreamConfig demoConfig(LocalStack stack) {
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("bootstrap.servers", stack.endpoints().bootstrapServers());
        demo.put("schema.registry.url", stack.endpoints().schemaRegistryUrl());
        demo.put("application.id", "claimstream-demo");
        demo.put("state.dir", dataDir.resolve("state").toString());
        demo.put("http.port", "0");
        demo.put("topics.partitions", Integer.toString(partitions));
        demo.put("claims.extractor", extractor);
        // The demo's input is bounded: dedup decides all of it as one group once publishing has gone quiet, so two runs
        // of one input make the same decisions however the partitions' lanes interleaved (DedupSettle).
        demo.put("dedup.settle.window", "PT0S");
        demo.put("dedup.settle.idle", "PT2S");
        return ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(demo, "demo"));
    }

    private void awaitCaughtUp(StreamsApp app, ClaimstreamConfig config, PrintStream say) throws InterruptedException {
        Properties client = config.clientProperties(ClaimstreamConfig.KAFKA_CONSUMER_PREFIX);
        try (CaughtUp caughtUp = new CaughtUp(config.applicationId(), app.topology(), client)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            long started = System.nanoTime();
            while (true) {
                if (app.runner().exitStatus() != 0) {
                    throw new IllegalStateException("the streams app died: " + app.runner().health().fatalError());
                }
                if (app.runner().health().ready() && caughtUp.check()) {
                    say.printf("      done in %.1f s%n", (System.nanoTime() - started) / 1e9);
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("processing did not finish within " + timeout);
                }
                say.printf("      ... %s, %.0f s%n", app.runner().health().state(), (System.nanoTime() - started) / 1e9);
                app.awaitExit(Duration.ofSeconds(2));
            }
        }
    }

    private static void printSummary(ClaimstreamConfig config, PrintStream say) {
        Properties client = config.clientProperties(ClaimstreamConfig.KAFKA_CONSUMER_PREFIX);
        List<ConsumerRecord<String, UniqueArticle>> pieces = read(config, client, TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class);
        List<ConsumerRecord<String, DuplicateNotice>> dups = read(config, client, TopicLabel.ARTICLES_DUPLICATES, DuplicateNotice.class);
        List<ConsumerRecord<String, Claim>> claims = read(config, client, TopicLabel.CLAIMS, Claim.class);
        List<ConsumerRecord<String, DeadLetter>> dead = read(config, client, TopicLabel.DEAD_LETTERS, DeadLetter.class);
        List<ConsumerRecord<String, DealState>> deals = read(config, client, TopicLabel.DEALS, DealState.class);

        long originals = pieces.stream().filter(r -> r.value().getCopyCount() == 0).count();
        say.println();
        say.printf("original pieces: %d   duplicates: %d %s%n", originals, dups.size(),
                count(dups.stream().map(r -> r.value().getKind().name()).toList()));
        say.printf("claims: %d %s%n", claims.size(), count(claims.stream().map(r -> r.value().getAction().name()).toList()));
        say.printf("dead letters: %d %s%n", dead.size(), count(dead.stream().map(r -> r.value().getReason()).toList()));
        Map<String, DealState> latest = new TreeMap<>();
        deals.forEach(r -> latest.put(r.key(), r.value()));
        say.printf("deals: %d%n", latest.size());
        latest.values().stream()
                .sorted((a, b) -> Integer.compare(b.getClaimCount(), a.getClaimCount()))
                .forEach(d -> {
                    say.println();
                    say.print(DealBoard.render(d));
                });
        say.println();
        say.printf("run digest: %s %s, %s %s (compare two runs of one input: the same input gives the same digests)%n",
                config.topics().name(TopicLabel.ARTICLES_DUPLICATES), RunDigest.ofLog(dups),
                config.topics().name(TopicLabel.DEALS), RunDigest.ofLatestPerKey(deals));
    }

    private static <T extends SpecificRecord> List<ConsumerRecord<String, T>> read(ClaimstreamConfig config, Properties client,
                                                                                 TopicLabel label, Class<T> type) {
        AvroDeserializer<T> values = new AvroDeserializer<>(type,
                SchemaRegistries.forUrl(config.schemaRegistryUrl(), config.schemaRegistryBasicAuth().orElse(null)));
        return TopicSnapshot.read(client, config.topics().name(label), values);
    }

    private static String count(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        return values.stream().collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting())).toString();
    }

    private static void writeTopics(ClaimstreamConfig config, Path dir, PrintStream say) throws Exception {
        Files.createDirectories(dir);
        try (TopicExporter exporter = TopicExporter.create(config)) {
            for (TopicSpec spec : config.topics().all()) {
                Path file = dir.resolve(spec.name() + ".jsonl");
                try (Writer w = Files.newBufferedWriter(file)) {
                    ExportResult result = exporter.export(spec.name(), w, ExportFormat.JSONL);
                    if (!result.succeeded()) {
                        throw new IllegalStateException("export of " + spec.name() + " failed: " + result.failure().orElse("?"));
                    }
                    say.printf("wrote %6d records to %s%n", result.written(), file);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path samples() {
        String home = System.getProperty("claimstream.home", ".");
        Path seeds = Path.of(home, "samples", "seeds");
        if (!Files.isDirectory(seeds)) {
            throw new IllegalStateException("no --input given and the bundled samples are missing at " + seeds);
        }
        return seeds;
    }

}
