package io.claimstream.producer;

import io.claimstream.producer.feed.Backoff;
import io.claimstream.producer.feed.FeedFollower;
import io.claimstream.producer.feed.FeedPoller;
import io.claimstream.producer.feed.FeedStateStore;
import io.claimstream.producer.feed.PollOutcome;
import io.claimstream.producer.feed.Sleeper;
import io.claimstream.producer.http.FetchPolicy;
import io.claimstream.producer.http.HttpFetcher;
import io.claimstream.producer.pipeline.ArticleAssembler;
import io.claimstream.producer.pipeline.ArticleSink;
import io.claimstream.producer.pipeline.DeadLetters;
import io.claimstream.producer.pipeline.IngestPipeline;
import io.claimstream.producer.pipeline.KafkaArticleSink;
import io.claimstream.producer.pipeline.ProgressReporter;
import io.claimstream.producer.pipeline.RunStats;
import io.claimstream.producer.pipeline.RunSummary;
import io.claimstream.producer.source.InputSource;
import io.claimstream.producer.source.StdinSource;
import io.claimstream.producer.text.LanguageDetector;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code produce}: reads articles from files, directories, JSON lines, stdin, feeds and pages and publishes them as
 * Article events. Only wiring lives here; the Kafka connection comes from the caller's {@link PublisherFactory}.
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Publish articles from files, directories, JSON lines, stdin, RSS/Atom feeds and web pages.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input published", "1:fatal (Kafka did not take records, bad usage)",
                "2:finished, but some inputs were rejected (see the rejects topic)"})
public final class ProduceCommand implements Callable<Integer> {

    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Text files (first line = headline), directories (recursive), .jsonl files, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", arity = "1..*", description = "RSS 2.0 or Atom feed URLs.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--page", paramLabel = "URL", arity = "1..*", description = "Web page URLs (main text extracted).")
    List<String> pages = new ArrayList<>();

    @Option(names = "--follow", description = "Keep polling the feeds every --interval until interrupted.")
    boolean follow;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Feed poll interval in --follow mode (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--max-backoff", paramLabel = "DURATION", defaultValue = "1h", converter = DurationConverter.class,
            description = "Longest wait between polls of a failing feed (default: ${DEFAULT-VALUE}).")
    Duration maxBackoff;

    @Option(names = "--max-polls", paramLabel = "N", defaultValue = "0",
            description = "In --follow mode, stop after N feed polls in total (0 = until interrupted).")
    int maxPolls;

    @Option(names = "--state-dir", paramLabel = "DIR",
            defaultValue = "${sys:user.home}/.claimstream/producer-state",
            description = "Where feed state (validators, published item ids) is kept (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + DEFAULT_MAX_BYTES,
            description = "Largest article accepted, in bytes of input (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--max-fetch-bytes", paramLabel = "BYTES", defaultValue = "8388608",
            description = "Largest HTTP response body read (default: ${DEFAULT-VALUE}).")
    long maxFetchBytes;

    @Option(names = "--stdin-format", defaultValue = "AUTO", paramLabel = "FORMAT",
            description = "How - is read: AUTO ('{' first = JSON lines), TEXT (one article) or JSONL.")
    StdinSource.Format stdinFormat;

    @Option(names = "--dry-run", description = "Parse and validate only: publish nothing, write no feed state.")
    boolean dryRun;

    @Option(names = "--topic", defaultValue = "articles.raw.v1", description = "Articles topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--rejects-topic", defaultValue = "articles.rejects.v1",
            description = "Dead-letter topic for rejected inputs (default: ${DEFAULT-VALUE}).")
    String rejectsTopic;

    @Option(names = "--ingested-at", paramLabel = "INSTANT",
            description = {"Stamp every article with this ingest time (e.g. 2025-07-01T00:00:00Z) instead of the clock's.",
                    "For replays of a fixed corpus: two runs then publish identical events, and the deal timelines,",
                    "which fall back to ingest time for articles without a published time, come out the same."})
    Instant ingestedAt;

    @Option(names = "--progress", defaultValue = "AUTO", paramLabel = "MODE",
            description = "AUTO (bar on a terminal, lines otherwise), BAR, LINES or NONE.")
    ProgressMode progress;

    enum ProgressMode { AUTO, BAR, LINES, NONE }

    private final PublisherFactory publishers;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.real();
    private InputStream stdin = System.in;
    private Function<String, String> languageOf;

    /** For {@code --dry-run} only: without a factory a publishing run fails with exit code 1. */
    public ProduceCommand() {
        this(null);
    }

    public ProduceCommand(PublisherFactory publishers) {
        this.publishers = publishers;
    }

    /** Test seams: the clock stamps ingestedAt/failedAt and drives follow mode together with the sleeper. */
    public ProduceCommand withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public ProduceCommand withSleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    public ProduceCommand withStdin(InputStream stdin) {
        this.stdin = stdin;
        return this;
    }

    public ProduceCommand withLanguageDetector(Function<String, String> languageOf) {
        this.languageOf = languageOf;
        return this;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty() && feeds.isEmpty() && pages.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to read: give INPUT, --feed or --page");
        }
        if (follow && feeds.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--follow needs at least one --feed");
        }
        if (!dryRun && publishers == null) {
            err.println("produce: no Kafka connection configured; use --dry-run to only validate");
            return RunSummary.FATAL;
        }
        // Load the language model (a few seconds) before the run's clock starts, so throughput measures the run.
        Function<String, String> language = languageOf != null ? languageOf : LanguageDetector.shared()::detect;
        HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults().withMaxBodyBytes(maxFetchBytes));
        List<InputSource> sources = InputPlan.of(inputs, pages, stdin, stdinFormat, maxBytes, fetcher);
        RunStats stats = new RunStats(clock);
        ProgressReporter reporter = progressReporter(err, InputPlan.knownTotalBytes(sources, !feeds.isEmpty()));
        try (ArticleSink sink = dryRun ? ArticleSink.dryRun()
                : new KafkaArticleSink(publishers.articleProducer(), publishers.deadLetterProducer(), topic, rejectsTopic)) {
            Clock ingestClock = ingestedAt == null ? clock : Clock.fixed(ingestedAt, ZoneOffset.UTC);
            ArticleAssembler assembler = new ArticleAssembler(ingestClock, language, maxBytes);
            IngestPipeline pipeline = new IngestPipeline(assembler, sink, new DeadLetters(clock), stats, reporter,
                    line -> {
                        err.println(line);
                        err.flush();
                    });
            sources.forEach(source -> source.read(pipeline));
            if (!feeds.isEmpty()) {
                readFeeds(fetcher, pipeline, stats);
            }
            pipeline.flushAndCheck();
            reporter.finish(stats);
            RunSummary summary = RunSummary.of(stats, sink, dryRun);
            err.println(summary.render());
            err.flush();
            return summary.exitCode();
        }
    }

    private void readFeeds(HttpFetcher fetcher, IngestPipeline pipeline, RunStats stats) {
        FeedStateStore store = dryRun ? FeedStateStore.readOnly(stateDir) : FeedStateStore.in(stateDir);
        FeedPoller poller = new FeedPoller(fetcher, store);
        java.util.function.BiConsumer<String, PollOutcome> afterPoll = (feed, outcome) ->
                stats.countAlreadySeen(outcome.alreadySeen());
        if (!follow) {
            for (String feed : feeds) {
                afterPoll.accept(feed, poller.poll(feed, pipeline, pipeline::flushAndCheck, true));
            }
            return;
        }
        FeedFollower follower = new FeedFollower(feeds, poller, new Backoff(interval, maxBackoff), clock, sleeper);
        Thread main = Thread.currentThread();
        // Ctrl-C: stop polling, let the run flush and print its summary, then let the JVM exit.
        Thread hook = new Thread(() -> {
            follower.stop();
            main.interrupt();
            try {
                main.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "produce-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            follower.run(pipeline, pipeline::flushAndCheck, maxPolls, afterPoll);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for us
            }
            Thread.interrupted();
        }
    }

    private ProgressReporter progressReporter(PrintWriter err, long totalBytes) {
        return switch (progress) {
            case NONE -> ProgressReporter.none();
            case BAR -> ProgressReporter.forOutput(err, clock, true, totalBytes);
            case LINES -> ProgressReporter.forOutput(err, clock, false, totalBytes);
            case AUTO -> ProgressReporter.forOutput(err, clock, System.console() != null, totalBytes);
        };
    }

    /** Standalone entry point for dry runs; the lead's CLI mounts the command with a real PublisherFactory. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ProduceCommand()).execute(args));
    }
}
