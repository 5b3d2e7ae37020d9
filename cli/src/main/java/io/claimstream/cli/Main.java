package io.claimstream.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./claimstream}: one entry point for the local stack, the pipeline's parts, and the operator and data tools. */
@Command(name = "claimstream",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Event-streaming claim pipeline on Apache Kafka: articles in; deduplicated sources, claims and live deal state out.",
                "",
                "Start with:  claimstream demo     (runs everything on a local broker and registry, then stops them)"},
        subcommands = {
                DemoCommand.class,
                StackCommand.class,
                StreamsCommand.class,
                ReplayCommand.class,
                EvalCommand.class,
                io.claimstream.bench.BenchCommand.class,
                TopicsCommand.class,
                ConfigCommand.class,
                io.claimstream.ops.LagCommand.class,
                io.claimstream.ops.ExportCommand.class,
                io.claimstream.ops.ResetCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("produce", ProduceCliCommand.create());
        // Usage errors get their own status: 2 means "some input was rejected" for produce and demo.
        usageErrorsExit64(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A clear one-line error for the user; the stack trace only with --verbose style debugging via logs.
            commandLine.getErr().println(commandLine.getColorScheme().errorText("error: " + messageOf(ex)));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", ex);
            return 1;
        });
        return cl;
    }

    private static void usageErrorsExit64(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(64);
        cl.getSubcommands().values().forEach(Main::usageErrorsExit64);
    }

    static String messageOf(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
