package io.claimstream.ops.lag;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The lag of one consumer group over all partitions it has committed to or is assigned. */
public record GroupLag(String groupId, String state, List<GroupMember> members, List<PartitionLag> partitions) {

    public GroupLag {
        members = List.copyOf(members);
        partitions = List.copyOf(partitions);
    }

    /** Records the group still has to read, over the partitions where the lag is known. */
    public long totalOffsetLag() {
        return partitions.stream().map(PartitionLag::offsetLag).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).sum();
    }

    /** The worst time lag over all partitions; empty when no partition's time lag is known. */
    public Optional<Duration> maxTimeLag() {
        return partitions.stream().map(PartitionLag::timeLag).flatMap(Optional::stream).max(Duration::compareTo);
    }
}
