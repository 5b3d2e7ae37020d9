package io.claimstream.ops;

import io.claimstream.ops.reset.ApplicationResetter;
import io.claimstream.ops.reset.ResetOutcome;
import io.claimstream.ops.reset.ResetPlan;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConnectionOptions;
import java.io.Console;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Resets the streams application so that it reprocesses everything from the start. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Reset the claimstream streams application (Kafka's kafka-streams-application-reset): its input topics"
                + " go back to the earliest offset, its internal repartition/changelog topics are deleted and its local state"
                + " directory is removed. The application must be stopped (all instances)."},
        footer = {"", "Exit status: 0 done (or dry run), 1 failed or not confirmed, 2 refused because the application is running."})
public final class ResetCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--application-id", paramLabel = "ID", description = "Default: the configured application.id.")
    String applicationId;

    @Option(names = "--dry-run", description = "Show what would be done; change nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Do not ask for confirmation (required when not on a terminal).")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimstreamConfig config = connection.resolveReachable(ClientRole.ADMIN, ClusterProbe.Needs.KAFKA);
        String appId = applicationId != null ? applicationId : config.applicationId();
        try (Admin admin = Admin.create(config.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
            ApplicationResetter resetter = new ApplicationResetter(admin, config);
            ResetPlan plan;
            try {
                plan = resetter.plan(appId);
            } catch (IllegalStateException e) {
                err.println("reset: cannot read the cluster: " + e.getMessage());
                return 1;
            }
            out.print(plan.describe());
            out.flush();
            if (!dryRun && !confirmed(appId, out, err)) {
                return 1;
            }
            return report(resetter.reset(plan, dryRun), out, err);
        }
    }

    private boolean confirmed(String appId, PrintWriter out, PrintWriter err) {
        if (yes) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            err.println("reset: not on a terminal; pass --yes to reset without confirmation (or --dry-run to look first).");
            return false;
        }
        out.flush();
        String answer = console.readLine("Type the application id (%s) to reset it: ", appId);
        if (!appId.equals(answer == null ? null : answer.trim())) {
            err.println("reset: not confirmed; nothing changed.");
            return false;
        }
        return true;
    }

    static int report(ResetOutcome outcome, PrintWriter out, PrintWriter err) {
        int code;
        if (outcome instanceof ResetOutcome.Done done) {
            out.println("--- StreamsResetter ---");
            out.print(done.transcript());
            out.println(done.dryRun() ? "Dry run: nothing was changed." : "Reset done" + (done.plan().stateDirExists()
                    ? "; removed " + done.plan().stateDir() : "") + ". Start the application to reprocess from the beginning.");
            code = 0;
        } else if (outcome instanceof ResetOutcome.Refused refused) {
            err.println("reset refused: " + refused.reason());
            code = 2;
        } else {
            ResetOutcome.Failed failed = (ResetOutcome.Failed) outcome;
            out.println("--- StreamsResetter ---");
            out.print(failed.transcript());
            err.println("reset failed: " + failed.reason());
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }
}
