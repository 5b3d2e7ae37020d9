package io.claimstream.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.ops.lag.LagReader;
import io.claimstream.ops.lag.LagSnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LagCommandTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aGroupThatCannotBeReadMakesTheExitStatusOne() throws Exception {
        LagReader reader = groups -> new LagSnapshot(AT, List.of(), Map.of("ghost", "consumer group 'ghost' does not exist"));
        StringWriter out = new StringWriter();

        int exit = command(out, "--group", "ghost").run(reader);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("GROUP ghost: consumer group 'ghost' does not exist");
    }

    @Test
    void jsonIsOneObjectPerLine() throws Exception {
        LagReader reader = groups -> LagSnapshot.empty(AT);
        StringWriter out = new StringWriter();

        int exit = command(out, "--json").run(reader);

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("{\"takenAt\":\"2026-11-23T10:00:00Z\",\"groups\":[],\"failures\":{}}\n");
    }

    @Test
    void helpExplainsTheExactlyOnceLagOfOne() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new LagCommand());
        cli.setOut(new PrintWriter(out));

        cli.execute("--help");

        assertThat(out.toString()).contains("--watch=SECONDS").contains("can show LAG 1 per partition");
    }

    private static LagCommand command(StringWriter out, String... args) {
        LagCommand command = new LagCommand();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.parseArgs(args);
        return command;
    }
}
