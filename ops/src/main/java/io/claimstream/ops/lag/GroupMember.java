package io.claimstream.ops.lag;

import java.util.List;
import org.apache.kafka.common.TopicPartition;

/** One live member of a consumer group and the partitions it holds. */
public record GroupMember(String consumerId, String host, String clientId, List<TopicPartition> assignment) {

    public GroupMember {
        assignment = List.copyOf(assignment);
    }
}
