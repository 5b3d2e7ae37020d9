package io.claimstream.ops.lag;

import java.util.Collection;

/** Reads consumer lag; {@link KafkaLagReader} asks a cluster, tests use a fixed snapshot. */
public interface LagReader extends AutoCloseable {

    /** The lag of the given groups, or of every consumer group on the cluster when {@code groupIds} is empty. */
    LagSnapshot read(Collection<String> groupIds);

    @Override
    default void close() {
    }
}
