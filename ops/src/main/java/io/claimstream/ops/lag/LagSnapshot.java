package io.claimstream.ops.lag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every requested group's lag at one moment.
 *
 * @param failures groups that could not be read, with the reason (e.g. a group that does not exist, or is a streams or
 *                 share group)
 */
public record LagSnapshot(Instant takenAt, List<GroupLag> groups, Map<String, String> failures) {

    public LagSnapshot {
        groups = List.copyOf(groups);
        failures = Map.copyOf(failures);
    }

    public static LagSnapshot empty(Instant at) {
        return new LagSnapshot(at, List.of(), Map.of());
    }

    public Optional<GroupLag> group(String groupId) {
        return groups.stream().filter(g -> g.groupId().equals(groupId)).findFirst();
    }
}
