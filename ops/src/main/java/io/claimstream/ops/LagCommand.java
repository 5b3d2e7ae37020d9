package io.claimstream.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.ops.lag.KafkaLagReader;
import io.claimstream.ops.lag.LagJson;
import io.claimstream.ops.lag.LagReader;
import io.claimstream.ops.lag.LagSnapshot;
import io.claimstream.ops.lag.LagTable;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConnectionOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Consumer lag per group, topic and partition: offsets (as kafka-consumer-groups shows them) and time. */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = {"Consumer lag of every consumer group (or the given ones): committed offset, end offset, lag in records,"
                + " and time lag = age of the oldest record the group has not consumed yet; the group's state and members."},
        footer = {"", "LAG = LOG-END-OFFSET - CURRENT-OFFSET, the same figures as kafka-consumer-groups --describe.",
                "Exactly-once input: each transaction ends with a commit marker that takes an offset but is never delivered,",
                "so a caught-up group can show LAG 1 per partition; its TIME-LAG is then 0.",
                "Exit status: 0, or 1 when a group could not be read (e.g. it does not exist)."})
public final class LagCommand implements Callable<Integer> {

    private static final String CLEAR_SCREEN = "\033[H\033[2J";

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--group", paramLabel = "ID", description = "Consumer group to show (repeatable); default: all consumer groups.")
    List<String> groups = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON (one object per refresh with --watch).")
    boolean json;

    @Option(names = "--watch", paramLabel = "SECONDS", description = "Refresh every SECONDS until interrupted.")
    Integer watchSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (watchSeconds != null && watchSeconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--watch needs at least 1 second");
        }
        try (LagReader reader = KafkaLagReader.create(connection.resolveReachable(ClientRole.ADMIN, ClusterProbe.Needs.KAFKA))) {
            return run(reader);
        }
    }

    int run(LagReader reader) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = System.console() != null && !json;
        while (true) {
            LagSnapshot snapshot = reader.read(groups);
            if (terminal && watchSeconds != null) {
                out.print(CLEAR_SCREEN);
            }
            out.print(json ? new ObjectMapper().writeValueAsString(LagJson.toJson(snapshot)) + "\n" : LagTable.render(snapshot));
            out.flush();
            if (watchSeconds == null) {
                return snapshot.failures().isEmpty() ? 0 : 1;
            }
            if (!terminal && !json) {
                out.println();
            }
            try {
                Thread.sleep(watchSeconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }
}
