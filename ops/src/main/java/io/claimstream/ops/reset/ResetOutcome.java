package io.claimstream.ops.reset;

/** How a reset ended. {@code transcript} is what Kafka's StreamsResetter printed. */
public sealed interface ResetOutcome {

    ResetPlan plan();

    /** Everything in the plan was done, or with {@code dryRun} only shown. */
    record Done(ResetPlan plan, boolean dryRun, String transcript) implements ResetOutcome {
    }

    /** The application still has live members: stop every instance first. Nothing was changed. */
    record Refused(ResetPlan plan, String reason) implements ResetOutcome {
    }

    /** StreamsResetter or the state-directory removal failed part-way. */
    record Failed(ResetPlan plan, String reason, String transcript) implements ResetOutcome {
    }
}
