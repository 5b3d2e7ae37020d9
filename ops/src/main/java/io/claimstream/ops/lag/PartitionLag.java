package io.claimstream.ops.lag;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far one group is behind on one partition.
 *
 * @param committedOffset the group's committed offset; empty when the partition is assigned but nothing was committed yet
 * @param endOffset       the log end offset (high watermark), as {@code kafka-consumer-groups} shows it; empty when the
 *                        partition has no leader
 * @param offsetLag       {@code endOffset - committedOffset}; empty when either is unknown
 * @param timeLag         how old the oldest committed record the group has not consumed is; zero when there is none,
 *                        empty when it could not be read in time
 * @param owner           the member the partition is assigned to; empty when unassigned
 */
public record PartitionLag(String topic, int partition, OptionalLong committedOffset, OptionalLong endOffset,
                           OptionalLong offsetLag, Optional<Duration> timeLag, Optional<GroupMember> owner) {
}
