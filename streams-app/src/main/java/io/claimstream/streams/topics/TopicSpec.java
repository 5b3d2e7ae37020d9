package io.claimstream.streams.topics;

import java.util.Map;

/** A topic as it must exist on the cluster: the application creates it with exactly these settings. */
public record TopicSpec(TopicLabel label, String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be >= 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("topic " + name + ": replication factor must be >= 1, was " + replicationFactor);
        }
        configs = Map.copyOf(configs);
    }
}
