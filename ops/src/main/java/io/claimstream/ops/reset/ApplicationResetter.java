package io.claimstream.ops.reset;

import io.claimstream.ops.lag.GroupMember;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.tools.StreamsResetter;

/**
 * Resets the claimstream Kafka Streams application the way Kafka's own {@code kafka-streams-application-reset} does, by
 * running {@link StreamsResetter}: the external source topics of the pipeline go back to their earliest offsets for the
 * application's group, its internal topics are deleted; then the local state directory is removed. The pipeline's
 * external sources are the raw articles and, for the later sub-topologies, the unique/duplicate articles and claims
 * topics it also writes.
 */
public final class ApplicationResetter {

    /** Topics the topology reads from that it does not own as internal topics. */
    static final List<TopicLabel> EXTERNAL_SOURCES = List.of(
            TopicLabel.ARTICLES_RAW, TopicLabel.ARTICLES_UNIQUE, TopicLabel.ARTICLES_DUPLICATES, TopicLabel.CLAIMS);

    private final Admin admin;
    private final ClaimstreamConfig config;

    public ApplicationResetter(Admin admin, ClaimstreamConfig config) {
        this.admin = admin;
        this.config = config;
    }

    public ResetPlan plan(String applicationId) {
        Set<String> existing = await(admin.listTopics().names());
        Topics topics = config.topics();
        List<String> inputs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (TopicLabel label : EXTERNAL_SOURCES) {
            String name = topics.name(label);
            (existing.contains(name) ? inputs : missing).add(name);
        }
        List<String> internal = existing.stream()
                .filter(t -> t.startsWith(applicationId + "-") && StreamsResetter.matchesInternalTopicFormat(t))
                .filter(t -> !inputs.contains(t))
                .sorted()
                .toList();
        Path stateDir = config.stateDir().resolve(applicationId);
        return new ResetPlan(applicationId, inputs, missing, internal, stateDir, Files.isDirectory(stateDir),
                activeMembers(applicationId));
    }

    /** Resets as planned; with {@code dryRun} StreamsResetter only prints and nothing is changed. */
    public ResetOutcome reset(ResetPlan plan, boolean dryRun) {
        // StreamsResetter checks this too, but only fails with a stack trace; checking first gives a clear answer.
        List<GroupMember> members = activeMembers(plan.applicationId());
        if (!members.isEmpty()) {
            return new ResetOutcome.Refused(plan, refusal(plan.applicationId(), members));
        }
        Captured run = runStreamsResetter(arguments(plan, dryRun));
        if (run.exitCode != 0) {
            return new ResetOutcome.Failed(plan, "StreamsResetter exited with " + run.exitCode + ": " + firstError(run.output),
                    run.output);
        }
        if (!dryRun && plan.stateDirExists()) {
            try {
                deleteRecursively(plan.stateDir());
            } catch (IOException | UncheckedIOException e) {
                return new ResetOutcome.Failed(plan, "offsets reset and internal topics deleted, but the state directory "
                        + plan.stateDir() + " could not be removed: " + e.getMessage(), run.output);
            }
        }
        return new ResetOutcome.Done(plan, dryRun, run.output);
    }

    static String refusal(String applicationId, List<GroupMember> members) {
        StringBuilder s = new StringBuilder("application '" + applicationId + "' is still running: its consumer group has "
                + members.size() + " active member(s). Stop every instance, then run reset again.");
        members.forEach(m -> s.append("\n  ").append(m.consumerId()).append(" on ").append(m.host())
                .append(" (client ").append(m.clientId()).append(')'));
        return s.toString();
    }

    private List<String> arguments(ResetPlan plan, boolean dryRun) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", config.bootstrapServers(),
                "--application-id", plan.applicationId()));
        if (!plan.inputTopics().isEmpty()) {
            args.addAll(List.of("--input-topics", String.join(",", plan.inputTopics()), "--to-earliest"));
        }
        if (dryRun) {
            args.add("--dry-run");
        }
        return args;
    }

    private record Captured(int exitCode, String output) {
    }

    /**
     * StreamsResetter prints to System.out/err and reads client security settings only from a file: give it one with the
     * admin settings (readable by the owner only, deleted afterwards) and capture what it prints.
     */
    private Captured runStreamsResetter(List<String> args) {
        Path clientConfig = null;
        try {
            Properties adminProps = config.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX);
            List<String> all = new ArrayList<>(args);
            if (adminProps.size() > 1) {
                clientConfig = Files.createTempFile("claimstream-reset-", ".properties",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (Writer w = Files.newBufferedWriter(clientConfig, StandardCharsets.UTF_8)) {
                    adminProps.store(w, "client settings for StreamsResetter");
                }
                all.addAll(List.of("--command-config", clientConfig.toString()));
            }
            Properties consumerProps = config.clientProperties(ClaimstreamConfig.KAFKA_CONSUMER_PREFIX);
            return captureStdout(() -> new StreamsResetter().execute(all.toArray(String[]::new), consumerProps));
        } catch (IOException e) {
            return new Captured(1, "ERROR: cannot write the client config file for StreamsResetter: " + e.getMessage());
        } finally {
            if (clientConfig != null) {
                try {
                    Files.deleteIfExists(clientConfig);
                } catch (IOException ignored) {
                    // a temp file left behind is only litter
                }
            }
        }
    }

    private static Captured captureStdout(java.util.function.IntSupplier body) {
        synchronized (System.class) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            try {
                int code = body.getAsInt();
                return new Captured(code, buffer.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
    }

    private static String firstError(String output) {
        return output.lines().filter(l -> l.startsWith("ERROR")).findFirst()
                .orElse(output.lines().reduce((a, b) -> b).orElse("no output"));
    }

    private List<GroupMember> activeMembers(String groupId) {
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId)
                    .get(30, TimeUnit.SECONDS);
            return d.members().stream()
                    .map(m -> new GroupMember(m.consumerId(), m.host(), m.clientId(), List.copyOf(m.assignment().topicPartitions())))
                    .toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return List.of();
            }
            throw new IllegalStateException("cannot describe group " + groupId + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot describe group " + groupId + ": no answer within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().toString(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from the cluster within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
