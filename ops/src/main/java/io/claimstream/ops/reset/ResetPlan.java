package io.claimstream.ops.reset;

import io.claimstream.ops.lag.GroupMember;
import java.nio.file.Path;
import java.util.List;

/**
 * What resetting one Kafka Streams application would do.
 *
 * @param inputTopics         external source topics that exist: their committed offsets go back to the earliest offset
 * @param missingInputTopics  external source topics the cluster does not have (skipped)
 * @param internalTopics      {@code <appId>-*-repartition} / {@code -changelog} (and other internal) topics to delete
 * @param stateDir            the application's local state directory, {@code <state.dir>/<appId>}
 * @param activeMembers       members still in the application's group; while there are any, the reset is refused
 */
public record ResetPlan(String applicationId, List<String> inputTopics, List<String> missingInputTopics,
                        List<String> internalTopics, Path stateDir, boolean stateDirExists, List<GroupMember> activeMembers) {

    public ResetPlan {
        inputTopics = List.copyOf(inputTopics);
        missingInputTopics = List.copyOf(missingInputTopics);
        internalTopics = List.copyOf(internalTopics);
        activeMembers = List.copyOf(activeMembers);
    }

    public boolean applicationIsRunning() {
        return !activeMembers.isEmpty();
    }

    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("Reset of application '").append(applicationId).append("':\n");
        s.append("  reset to earliest (consumer group ").append(applicationId).append("): ")
                .append(inputTopics.isEmpty() ? "(none)" : String.join(", ", inputTopics)).append('\n');
        if (!missingInputTopics.isEmpty()) {
            s.append("  input topics not on the cluster, skipped: ").append(String.join(", ", missingInputTopics)).append('\n');
        }
        s.append("  delete internal topics: ").append(internalTopics.isEmpty() ? "(none)" : String.join(", ", internalTopics))
                .append('\n');
        s.append("  remove local state directory: ").append(stateDir)
                .append(stateDirExists ? "" : " (not present on this machine)").append('\n');
        return s.toString();
    }
}
