package io.claimstream.cli;

import io.claimstream.stack.DownResult;
import io.claimstream.stack.LocalStackControl;
import io.claimstream.stack.LocalStackOptions;
import io.claimstream.stack.RequestedPorts;
import io.claimstream.stack.StackSecurity;
import io.claimstream.stack.StackStatus;
import io.claimstream.stack.UpResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The local development stack: a real Kafka broker (KRaft) and Apicurio Registry on loopback. */
@Command(name = "stack", description = "Start, stop or inspect the local Kafka broker and schema registry.",
        subcommands = {StackCommand.Up.class, StackCommand.Down.class, StackCommand.Status.class})
final class StackCommand implements Runnable {

    // The same variable tells the other commands where to find the stack (config key stack.dir).
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:CLAIMSTREAM_STACK_DIR:-.claimstream/stack}",
            description = "Where the stack keeps its data, logs and state (default: ${DEFAULT-VALUE}; env CLAIMSTREAM_STACK_DIR).")
    Path dataDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "up", description = {"Start the broker and registry in the background; prints their addresses and what to run next.",
            "Commands run from the same directory then use this stack without -b/-r (and, with --secure, its logins)."})
    static final class Up implements Callable<Integer> {
        @ParentCommand
        StackCommand parent;

        @Option(names = "--fresh", description = "Wipe the stack's data first.")
        boolean fresh;

        @Option(names = "--secure", description = {
                "SASL/SCRAM-SHA-512 logins and ACLs on the broker: one client properties file per principal "
                        + "(admin, producer, streams, downstream) under <data-dir>/clients/, for --client-config.",
                "A data dir first started without --secure needs --fresh (SCRAM users are created at format time)."})
        boolean secure;

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
                description = "Broker port for clients (bootstrap servers 127.0.0.1:PORT); default: the last start's while free, else any free one.")
        int port;

        @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "0",
                description = "Registry HTTP port (http://127.0.0.1:PORT/apis/ccompat/v7); default: any free one.")
        int registryPort;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RequestedPorts ports;
            try {
                ports = new RequestedPorts(port, registryPort);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            UpResult result = LocalStackControl.up(LocalStackOptions.defaults().withDataDir(parent.dataDir)
                    .withFreshData(fresh).withSecurity(secure ? StackSecurity.SASL_SCRAM : StackSecurity.NONE).withPorts(ports));
            if (result instanceof UpResult.Started started) {
                System.out.println("stack started (" + started.timings().render() + ")");
                System.out.print(LocalStackControl.status(parent.dataDir).render());
                System.out.print(NextSteps.afterStackUp(parent.dataDir, started.state()));
                return 0;
            }
            if (result instanceof UpResult.AlreadyRunning running) {
                System.out.println("stack already running (stack down first to restart it with other options)");
                System.out.print(running.status().render());
                running.status().state().ifPresent(state -> System.out.print(NextSteps.afterStackUp(parent.dataDir, state)));
                return 0;
            }
            System.err.println("error: " + ((UpResult.Failed) result).message());
            return 1;
        }
    }

    @Command(name = "down", description = "Stop the broker and registry started by 'stack up'.")
    static final class Down implements Callable<Integer> {
        @ParentCommand
        StackCommand parent;

        @Override
        public Integer call() {
            DownResult result = LocalStackControl.down(parent.dataDir);
            System.out.print(result.render());
            return 0;
        }
    }

    @Command(name = "status", description = "Say whether the stack runs; print the bootstrap servers and registry URL.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        StackCommand parent;

        @Override
        public Integer call() {
            StackStatus status = LocalStackControl.status(parent.dataDir);
            System.out.print(status.render());
            return status.allRunning() ? 0 : 3;
        }
    }
}
