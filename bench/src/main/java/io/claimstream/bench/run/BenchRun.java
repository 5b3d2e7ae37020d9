package io.claimstream.bench.run;

import io.claimstream.bench.corpus.TextSource;
import io.claimstream.bench.generate.ArticleGenerator;
import io.claimstream.bench.generate.GeneratedArticle;
import io.claimstream.bench.generate.PlantedKind;
import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.Article;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.LocalStackOptions;
import io.claimstream.streams.app.CaughtUp;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicProvisioner;
import io.claimstream.streams.topics.Topics;
import io.claimstream.streams.topology.ClaimstreamTopology;
import io.claimstream.streams.topology.RecordSerdes;
import io.claimstream.streams.topology.RegistrySerdes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One end-to-end benchmark run: broker ceiling, pass-through Kafka Streams app and the full claimstream topology on the
 * same broker and the same serialised articles, then publish -> deal-update latency at half the full topology's
 * maximum rate, memory and state size, and optionally the heap with a pre-filled dedup history.
 */
public final class BenchRun {

    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);
    private static final int HISTORY_CHUNK = 10_000;

    private final BenchSettings settings;
    private final PrintStream log;

    public BenchRun(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public void runAndPrint(PrintStream out) throws IOException {
        run().print(out);
    }

    BenchReport run() throws IOException {
        String runId = "bench-" + Long.toString(System.currentTimeMillis() / 1000, 36);
        TextSource text = TextSource.load(settings.corpusRoot(), settings.installCorpus(), settings.seedsDir(), log);
        log.println("bench: corpus: " + text.description() + "; " + text.dealPassages().size() + " seed deal passages");
        Path work = settings.dataDir().resolve(runId);
        Files.createDirectories(work);
        LocalStack stack = null;
        try {
            String bootstrap = settings.bootstrapServers();
            String registry = settings.registryUrl();
            if (settings.localStack()) {
                log.println("bench: starting a local Kafka broker and schema registry in " + settings.dataDir().resolve("stack") + " ...");
                stack = LocalStack.start(LocalStackOptions.defaults().withDataDir(settings.dataDir().resolve("stack")).withFreshData(true));
                bootstrap = stack.endpoints().bootstrapServers();
                registry = stack.endpoints().schemaRegistryUrl();
                log.println("bench: stack up: " + bootstrap + ", " + registry);
            }
            return measure(text, bootstrap, registry, runId, work);
        } finally {
            if (stack != null) {
                log.println("bench: stopping the local stack");
                stack.close();
            }
            deleteQuietly(work);
        }
    }

    private BenchReport measure(TextSource text, String bootstrap, String registry, String runId, Path work) {
        ClaimstreamConfig fullConfig = config(bootstrap, registry, runId, runId + "-full", work.resolve("full"));
        Topics topics = fullConfig.topics();
        String raw = topics.name(TopicLabel.ARTICLES_RAW);
        RecordSerdes serdes = new RegistrySerdes(SchemaRegistries.forUrl(registry));
        Serializer<Article> serializer = serdes.value(Article.class).serializer();
        ArticleGenerator generator = new ArticleGenerator(text, settings.duplicateRate(), settings.dealShare(),
                runId + "-a", settings.seed());

        try (BenchClients clients = new BenchClients(bootstrap)) {
            try (Admin admin = Admin.create(fullConfig.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
                new TopicProvisioner(admin).ensure(topics.all());
            }
            List<PreparedRecord> backlog = prepare(generator, settings.articles(), raw, serializer, true);
            long backlogBytes = backlog.stream().mapToLong(PreparedRecord::bytes).sum();

            log.println("bench: (1) broker limit");
            BrokerLimit.Result limit = new BrokerLimit(clients, log).measure(runId + ".broker-limit", settings.partitions(),
                    backlog, Math.max(settings.articles(), settings.brokerRecords()));
            report(limit.produce());
            report(limit.consume());

            try (KafkaProducer<byte[], byte[]> producer = clients.perfProducer()) {
                new Publisher(producer).burst("publish", raw, backlog, backlog.size(), new Progress(log, "publish"));
            }
            backlog = null; // the app's heap is measured in this JVM: do not count the harness's copy of the input
            long rawEnd = clients.endOffsetSum(raw);

            log.println("bench: (2) pass-through Kafka Streams app (exactly_once_v2, same serdes)");
            PhaseResult pass = passThrough(clients, fullConfig, serdes, runId, work, raw, rawEnd, backlogBytes);
            report(pass);

            log.println("bench: (3) full claimstream topology x " + settings.instances() + " instance(s)");
            return fullTopology(clients, fullConfig, serializer, generator, text, runId, raw, rawEnd, backlogBytes,
                    limit, pass);
        }
    }

    private PhaseResult passThrough(BenchClients clients, ClaimstreamConfig fullConfig, RecordSerdes serdes, String runId,
                                    Path work, String raw, long rawEnd, long bytes) {
        String out = runId + ".passthrough.out";
        clients.createTopic(out, settings.partitions());
        ClaimstreamConfig config = fullConfig.with("application.id", runId + "-passthrough")
                .with("state.dir", work.resolve("passthrough").toString());
        try (PassThroughApp app = new PassThroughApp(config, serdes, raw, out)) {
            app.start();
            long t0 = awaitRunning(List.of(app::state));
            double secs = new CatchUpWait(clients).await(app.applicationId(), raw, rawEnd, 0, () -> true, app::state, t0,
                    CATCH_UP_TIMEOUT, new Progress(log, "pass-through"));
            return new PhaseResult("pass-through app (2)", rawEnd, bytes, secs);
        }
    }

    private BenchReport fullTopology(BenchClients clients, ClaimstreamConfig config, Serializer<Article> serializer,
                                     ArticleGenerator generator, TextSource text, String runId, String raw, long rawEnd,
                                     long backlogBytes, BrokerLimit.Result limit, PhaseResult pass) {
        String historyPrefix = runId + "-history-";
        ClaimstreamTopology.Stages defaults = DefaultStages.load(config.claimsExtractor());
        ClaimstreamTopology.Stages stages = new ClaimstreamTopology.Stages(defaults.dedup(),
                new HistoryBypassingClaims(defaults.claims(), historyPrefix), defaults.deals());
        List<StreamsApp> apps = new ArrayList<>();
        CaughtUp caughtUp = null;
        try (Footprint footprint = new Footprint().start()) {
            for (int i = 0; i < settings.instances(); i++) {
                apps.add(StreamsApp.start(config.with("state.dir", config.stateDir().resolve("instance-" + i).toString()),
                        stages, false));
            }
            List<Supplier<KafkaStreams.State>> states = apps.stream()
                    .<Supplier<KafkaStreams.State>>map(a -> () -> a.runner().streams().state()).toList();
            long t0 = awaitRunning(states);
            caughtUp = new CaughtUp(config.applicationId(), apps.get(0).topology(), config.commonClientProperties());
            CatchUpWait wait = new CatchUpWait(clients);
            double secs = wait.await(config.applicationId(), raw, rawEnd, 0, caughtUp::check, worst(states), t0,
                    CATCH_UP_TIMEOUT, new Progress(log, "full topology"));
            PhaseResult full = new PhaseResult("full topology (3)", rawEnd, backlogBytes, secs);
            report(full);

            BenchReport.Memory memory = new BenchReport.Memory(Footprint.heapAfterGc(), footprint.peakHeap(),
                    Footprint.rssBytes(), footprint.peakRss(), Footprint.maxHeap());

            BenchReport.Latency latency = latency(clients, config, serializer, generator, raw, full, caughtUp, wait, states);
            BenchReport.History history = settings.history() > 0
                    ? history(clients, config, serializer, text, historyPrefix, raw, caughtUp, wait, states) : null;

            long processed = clients.endOffsetSum(raw);
            // Closing flushes the RocksDB memtables: only then does the state dir show what the stores hold.
            closeAll(apps);
            long stateBytes = Footprint.directoryBytes(config.stateDir());
            long sstBytes = Footprint.sstBytes(config.stateDir());
            return new BenchReport(text.description(), settings.articles(), settings.duplicateRate(), settings.partitions(),
                    settings.instances(), settings.threads(), limit.produce(), limit.consume(), pass, full, latency,
                    memory, stateBytes, sstBytes, processed, history);
        } finally {
            if (caughtUp != null) {
                caughtUp.close();
            }
            closeAll(apps);
        }
    }

    private BenchReport.Latency latency(BenchClients clients, ClaimstreamConfig config, Serializer<Article> serializer,
                                        ArticleGenerator generator, String raw, PhaseResult full, CaughtUp caughtUp,
                                        CatchUpWait wait, List<Supplier<KafkaStreams.State>> states) {
        double offered = Math.max(1, full.articlesPerSecond() / 2);
        int count = (int) Math.max(200, offered * settings.latencySeconds());
        log.printf(Locale.ROOT, "bench: latency at a fixed load of %,.0f articles/s (half the full topology's maximum) for %d s%n",
                offered, settings.latencySeconds());
        List<PreparedRecord> load = prepare(generator, count, raw, serializer, false);
        long before = clients.endOffsetSum(raw);
        Topics topics = config.topics();
        try (LatencyProbe probe = new LatencyProbe(clients, List.of(topics.name(TopicLabel.DEALS), topics.name(TopicLabel.BID_UPDATES)));
             KafkaProducer<byte[], byte[]> producer = clients.perfProducer()) {
            probe.start(System.currentTimeMillis());
            long start = System.nanoTime();
            new Publisher(producer).paced(raw, load, offered, new Progress(log, "latency load"));
            wait.await(config.applicationId(), raw, clients.endOffsetSum(raw), before, caughtUp::check, worst(states), start,
                    CATCH_UP_TIMEOUT, new Progress(log, "latency drain"));
            awaitQuiet(probe);
            long[] sorted = probe.sorted();
            return new BenchReport.Latency(offered, count, sorted.length, LatencyProbe.percentile(sorted, 50),
                    LatencyProbe.percentile(sorted, 99), sorted.length == 0 ? -1 : sorted[sorted.length - 1]);
        }
    }

    private BenchReport.History history(BenchClients clients, ClaimstreamConfig config, Serializer<Article> serializer,
                                        TextSource text, String prefix, String raw, CaughtUp caughtUp, CatchUpWait wait,
                                        List<Supplier<KafkaStreams.State>> states) {
        log.printf(Locale.ROOT, "bench: pre-filling %,d unique articles of dedup history (claims skipped for them)%n",
                settings.history());
        ArticleGenerator generator = new ArticleGenerator(text, 0, 0, prefix, settings.seed() + 1);
        long before = clients.endOffsetSum(raw);
        long start = System.nanoTime();
        Progress progress = new Progress(log, "history publish");
        try (KafkaProducer<byte[], byte[]> producer = clients.perfProducer()) {
            Publisher publisher = new Publisher(producer);
            for (int done = 0; done < settings.history(); done += HISTORY_CHUNK) {
                int n = Math.min(HISTORY_CHUNK, settings.history() - done);
                publisher.burst("history", raw, prepare(generator, n, raw, serializer, false), n, progress);
                progress.update(done + n, settings.history());
            }
        }
        double secs = wait.await(config.applicationId(), raw, clients.endOffsetSum(raw), before, caughtUp::check,
                worst(states), start, CATCH_UP_TIMEOUT, new Progress(log, "history drain"));
        return new BenchReport.History(settings.history(), Footprint.heapAfterGc(), Footprint.rssBytes(), secs);
    }

    private List<PreparedRecord> prepare(ArticleGenerator generator, int count, String topic, Serializer<Article> serializer,
                                         boolean announce) {
        long start = System.nanoTime();
        List<PreparedRecord> out = new ArrayList<>(count);
        Map<PlantedKind, Integer> kinds = new EnumMap<>(PlantedKind.class);
        int deals = 0;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            GeneratedArticle a = generator.next(Instant.now());
            byte[] value = serializer.serialize(topic, a.article());
            PreparedRecord r = new PreparedRecord(a.article().getId().getBytes(StandardCharsets.UTF_8), value);
            out.add(r);
            bytes += r.bytes();
            kinds.merge(a.kind(), 1, Integer::sum);
            deals += a.dealBearing() ? 1 : 0;
        }
        if (announce) {
            log.printf(Locale.ROOT, "bench: generated %,d articles (%.1f MB serialised, %,.0f bytes each) in %.1f s: %s, %,d with a deal passage%n",
                    count, bytes / 1e6, bytes / (double) Math.max(1, count), (System.nanoTime() - start) / 1e9, kinds, deals);
        }
        return out;
    }

    private ClaimstreamConfig config(String bootstrap, String registry, String runId, String applicationId, Path stateDir) {
        Map<String, String> o = new HashMap<>();
        o.put("bootstrap.servers", bootstrap);
        o.put("schema.registry.url", registry);
        o.put("application.id", applicationId);
        o.put("state.dir", stateDir.toString());
        o.put("http.port", "0");
        o.put("num.stream.threads", Integer.toString(settings.threads()));
        o.put("topics.partitions", Integer.toString(settings.partitions()));
        for (TopicLabel label : TopicLabel.values()) {
            // Run-specific names: a run against a shared cluster never mixes with earlier runs or real data.
            o.put("topics." + label.label() + ".name", runId + "." + label.defaultName());
        }
        o.putAll(settings.appOverrides());
        return ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(o, "bench"));
    }

    /** Waits until every client is RUNNING and returns that moment: the first rebalance is not throughput. */
    private static long awaitRunning(List<Supplier<KafkaStreams.State>> states) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (states.stream().allMatch(s -> s.get() == KafkaStreams.State.RUNNING)) {
                return System.nanoTime();
            }
            if (states.stream().anyMatch(s -> s.get() == KafkaStreams.State.ERROR || s.get() == KafkaStreams.State.NOT_RUNNING)) {
                throw new IllegalStateException("a streams client failed to start; see its log");
            }
            sleep(20);
        }
        throw new IllegalStateException("streams clients not RUNNING after 2 minutes");
    }

    private static Supplier<KafkaStreams.State> worst(List<Supplier<KafkaStreams.State>> states) {
        return () -> states.stream().map(Supplier::get)
                .filter(s -> s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING || s == KafkaStreams.State.PENDING_ERROR)
                .findFirst().orElse(KafkaStreams.State.RUNNING);
    }

    /** The probe sees committed records a poll later: wait until its count stops moving. */
    private static void awaitQuiet(LatencyProbe probe) {
        int last = -1;
        while (probe.count() != last) {
            last = probe.count();
            sleep(500);
        }
    }

    private static void closeAll(List<StreamsApp> apps) {
        apps.forEach(StreamsApp::close);
        apps.clear();
    }

    private void report(PhaseResult r) {
        log.printf(Locale.ROOT, "bench:   %s: %,d articles in %.1f s = %,.0f articles/s, %.1f MB/s%n", r.name(), r.records(),
                r.seconds(), r.articlesPerSecond(), r.megabytesPerSecond());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftovers under .claimstream/bench are harmless and ignored by git
        }
    }
}
