package io.claimstream.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of {@code <dataDir>/stack.json}, written once both processes are ready and removed when they stop.
 *
 * @param detached true for {@code stack up} (processes outlive the caller), false for an in-process
 *                 {@link LocalStack} (whose JVM stops them)
 * @param security      how clients authenticate; null in files written before secure mode existed (= NONE)
 * @param clientConfigs principal name to its Kafka client properties file, plus {@value #REGISTRY_CLIENT_CONFIG} to
 *                      the registry login (a claimstream config file); empty unless secure
 */
public record StackState(
        String dataDir,
        String startedAt,
        boolean detached,
        String bootstrapServers,
        String schemaRegistryUrl,
        List<ProcessState> processes,
        StackSecurity security,
        Map<String, String> clientConfigs) {

    public static final String REGISTRY_CLIENT_CONFIG = "registry";

    public StackState {
        security = security == null ? StackSecurity.NONE : security;
        clientConfigs = clientConfigs == null ? Map.of() : Map.copyOf(clientConfigs);
    }

    public StackState(String dataDir, String startedAt, boolean detached, String bootstrapServers,
                      String schemaRegistryUrl, List<ProcessState> processes) {
        this(dataDir, startedAt, detached, bootstrapServers, schemaRegistryUrl, processes, StackSecurity.NONE, Map.of());
    }

    public StackEndpoints endpoints() {
        return new StackEndpoints(bootstrapServers, schemaRegistryUrl);
    }

    public Optional<ProcessState> process(String role) {
        return processes.stream().filter(p -> p.role().equals(role)).findFirst();
    }
}
