package io.claimstream.ops;

import io.claimstream.ops.export.ExportFormat;
import io.claimstream.ops.export.ExportProgress;
import io.claimstream.ops.export.ExportResult;
import io.claimstream.ops.export.ProgressListener;
import io.claimstream.ops.export.TimeBound;
import io.claimstream.ops.export.TimeRange;
import io.claimstream.ops.export.TopicExporter;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConnectionOptions;
import io.claimstream.streams.topics.TopicLabel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Dumps a topic's records, decoded, as JSON Lines or CSV for analysis. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a topic's committed records, decoded from Avro, as JSON Lines or CSV: one record per line with"
                + " topic, partition, offset, timestamp, key and value. Reads up to the end offsets at start, so it terminates."},
        footer = {"", "TIME: an ISO-8601 instant or date (2026-11-01T10:00:00Z, 2026-11-01 = midnight UTC), or a duration",
                "meaning that long ago (PT1H, P1D). --from is inclusive, --to exclusive.",
                "Tombstones have value null; values that are not Avro are written as base64 with a note."})
public final class ExportCommand implements Callable<Integer> {

    /** Below this many offsets an export is quick enough to need no progress line. */
    private static final long LARGE = 10_000;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--topic", required = true, paramLabel = "T",
            description = "Topic name, or a pipeline topic label (articles-raw, claims, deals, ...).")
    String topic;

    @Option(names = "--from", paramLabel = "TIME", description = "Only records with a timestamp at or after TIME.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only records with a timestamp before TIME.")
    String to;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl",
            description = "Output format (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        TimeRange range = range();
        ClaimstreamConfig config = connection.resolveReachable(ClientRole.ADMIN, ClusterProbe.Needs.KAFKA_AND_REGISTRY);
        String topicName = topicName(config, topic);
        PrintWriter err = spec.commandLine().getErr();
        ExportResult result;
        try (TopicExporter exporter = TopicExporter.create(config)) {
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                result = exporter.export(topicName, stdout, format, range, progressOn(err));
                stdout.flush();
            } else {
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    result = exporter.export(topicName, w, format, range, progressOn(err));
                }
            }
        }
        err.println(summary(result, out));
        err.flush();
        return result.succeeded() ? 0 : 1;
    }

    private TimeRange range() {
        try {
            return TimeRange.between(from == null ? null : TimeBound.parse(from, clock), to == null ? null : TimeBound.parse(to, clock));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A label of the pipeline resolves to its configured name; anything else is taken as a topic name. */
    static String topicName(ClaimstreamConfig config, String topicOrLabel) {
        return Arrays.stream(TopicLabel.values()).filter(l -> l.label().equals(topicOrLabel)).findFirst()
                .map(l -> config.topics().name(l))
                .orElse(topicOrLabel);
    }

    static String summary(ExportResult r, Path out) {
        String where = out == null ? "" : " to " + out;
        StringBuilder s = new StringBuilder();
        if (r.succeeded()) {
            s.append("exported ").append(r.written()).append(" records from ").append(r.topic()).append(where);
        } else {
            s.append("export of ").append(r.topic()).append(" failed after ").append(r.written()).append(" records: ")
                    .append(r.failure().get());
        }
        if (r.outsideRange() > 0) {
            s.append("; ").append(r.outsideRange()).append(" outside the time range");
        }
        if (r.undecodable() > 0) {
            s.append("; ").append(r.undecodable()).append(" written as base64 (see their note)");
        }
        return s.toString();
    }

    /** One updating line on stderr, at most once a second, only for large topics. */
    private ProgressListener progressOn(PrintWriter err) {
        return new ProgressListener() {
            private Instant last = Instant.EPOCH;
            private boolean finished;

            @Override
            public void onProgress(ExportProgress p) {
                Instant now = clock.instant();
                boolean done = p.readOffsets() >= p.totalOffsets();
                if (finished || p.totalOffsets() < LARGE || (!done && Duration.between(last, now).toMillis() < 1_000)) {
                    return;
                }
                last = now;
                finished = done;
                err.printf("\r%s: %,d of %,d offsets (%.1f%%), %,d records written%s", p.topic(), p.readOffsets(),
                        p.totalOffsets(), p.percent(), p.written(), done ? "\n" : "");
                err.flush();
            }
        };
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not jsonl or csv");
            }
        }
    }
}
