package io.claimstream.stack;

import java.util.List;
import java.util.Optional;

/**
 * The content of {@code <dataDir>/stack.json}, written once both processes are ready and removed when they stop.
 *
 * @param detached true for {@code stack up} (processes outlive the caller), false for an in-process
 *                 {@link LocalStack} (whose JVM stops them)
 */
public record StackState(
        String dataDir,
        String startedAt,
        boolean detached,
        String bootstrapServers,
        String schemaRegistryUrl,
        List<ProcessState> processes) {

    public StackEndpoints endpoints() {
        return new StackEndpoints(bootstrapServers, schemaRegistryUrl);
    }

    public Optional<ProcessState> process(String role) {
        return processes.stream().filter(p -> p.role().equals(role)).findFirst();
    }
}
