package io.claimstream.cli;

import io.claimstream.ops.export.TimeBound;
import io.claimstream.streams.app.CaughtUp;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConnectionOptions;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Reprocesses the article history into a fresh application id and a separate, suffixed set of output topics, leaving
 * the live app and its topics untouched: for data teams who changed the rules or want to compare.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Reprocess history into a fresh application id and separate output topics (<topic>.replay-NAME);",
                "the live app and its topics are not touched. Shows progress, then a report, then stops."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Start at this time: an ISO instant or date (2025-03-01), or a duration ago (P7D, PT12H). Default: the beginning.")
    String from;

    @Option(names = "--name", paramLabel = "NAME", description = "Replay name, used in the app id and topic suffix (default: a UTC timestamp).")
    String name;

    @Option(names = "--timeout", defaultValue = "PT1H", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--keep-running", description = "Keep the replay app running after it has caught up.")
    boolean keepRunning;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        // As admin on a secure local stack: the replay's suffixed topics are outside the streams principal's ACLs.
        ClaimstreamConfig live = connection.resolveReachable(ClientRole.ADMIN, ClusterProbe.Needs.KAFKA_AND_REGISTRY);
        String replayName = name != null ? name : DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        ClaimstreamConfig replay = replayConfig(live, replayName);
        String raw = replay.topics().name(TopicLabel.ARTICLES_RAW);
        out.println("replay '" + replayName + "': application id " + replay.applicationId() + ", reading " + raw
                + (from == null ? " from the beginning" : " from " + from));
        for (TopicSpec spec : replay.topics().all()) {
            if (spec.label() != TopicLabel.ARTICLES_RAW) {
                out.println("  " + spec.label().label() + " -> " + spec.name());
            }
        }

        Map<TopicPartition, Long> ends;
        try (Admin admin = Admin.create(replay.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
            ends = offsets(admin, raw, OffsetSpec.latest());
            if (from != null) {
                Instant start = TimeBound.parse(from, java.time.Clock.systemUTC());
                Map<TopicPartition, Long> startOffsets = offsets(admin, raw, OffsetSpec.forTimestamp(start.toEpochMilli()));
                Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
                startOffsets.forEach((tp, o) -> commit.put(tp, new OffsetAndMetadata(o < 0 ? ends.get(tp) : o)));
                // A fresh group with committed offsets starts exactly there.
                admin.alterConsumerGroupOffsets(replay.applicationId(), commit).all().get(30, TimeUnit.SECONDS);
            }
        }
        long total = ends.values().stream().mapToLong(Long::longValue).sum();

        Instant started = Instant.now();
        StreamsApp app = StreamsApp.start(replay, DefaultStages.load(replay.claimsExtractor()), true);
        try {
            try (CaughtUp caughtUp = new CaughtUp(replay.applicationId(), app.topology(), replay.commonClientProperties());
                 Admin admin = Admin.create(replay.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
                while (true) {
                    if (app.runner().exitStatus() != 0) {
                        out.println("replay failed: the streams app died: " + app.runner().health().fatalError());
                        return 1;
                    }
                    if (app.runner().health().ready() && caughtUp.check()) {
                        break;
                    }
                    if (Duration.between(started, Instant.now()).compareTo(timeout) > 0) {
                        out.println("replay did not finish within " + timeout);
                        return 1;
                    }
                    long done = committed(admin, replay.applicationId(), raw);
                    out.printf("  %s  input %d / %d records (%.0f %%), %s elapsed%n", app.runner().health().state(), done, total,
                            total == 0 ? 100.0 : 100.0 * done / total, Duration.between(started, Instant.now()).toSeconds() + " s");
                    app.awaitExit(Duration.ofSeconds(2));
                }
                report(out, admin, replay, started);
            }
            if (keepRunning) {
                out.println("caught up; keeps running (Ctrl-C to stop)");
                return app.awaitExit();
            }
            return 0;
        } finally {
            if (!keepRunning) {
                app.close();
            }
        }
    }

    static ClaimstreamConfig replayConfig(ClaimstreamConfig live, String replayName) {
        String suffix = ".replay-" + replayName;
        ClaimstreamConfig c = live.with("application.id", live.applicationId() + "-replay-" + replayName)
                .with("http.port", "0");
        for (TopicSpec spec : live.topics().withOutputSuffix(suffix).all()) {
            c = c.with("topics." + spec.label().label() + ".name", spec.name());
        }
        return c;
    }

    private static void report(PrintStream out, Admin admin, ClaimstreamConfig replay, Instant started) throws Exception {
        out.printf("replay done in %d s. Records written:%n", Duration.between(started, Instant.now()).toSeconds());
        for (TopicSpec spec : replay.topics().all()) {
            if (spec.label() != TopicLabel.ARTICLES_RAW) {
                long n = offsets(admin, spec.name(), OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
                out.printf("  %-40s %8d (offsets, transaction markers included)%n", spec.name(), n);
            }
        }
        out.println("compare with the live topics, e.g.: ./claimstream export --topic " + replay.topics().name(TopicLabel.DEALS));
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        result.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private static long committed(Admin admin, String group, String topic) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }
}
