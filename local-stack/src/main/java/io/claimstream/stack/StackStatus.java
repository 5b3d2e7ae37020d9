package io.claimstream.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code stack status} reports for a data dir.
 *
 * @param state     the recorded stack, empty when no {@code stack.json} exists (never started, or stopped)
 * @param processes each recorded process with whether it still runs
 */
public record StackStatus(Path dataDir, Optional<StackState> state, List<ProcessStatus> processes) {

    public boolean allRunning() {
        return !processes.isEmpty() && processes.stream().allMatch(ProcessStatus::running);
    }

    public boolean anyRunning() {
        return processes.stream().anyMatch(ProcessStatus::running);
    }

    /** {@code <dataDir>/stack.json}: written when the stack is up, removed by {@code stack down}. */
    public Path stateFile() {
        return new StackLayout(dataDir).stateFile();
    }

    public Optional<StackEndpoints> endpoints() {
        return state.map(StackState::endpoints);
    }

    /** Plain text for a terminal; the CLI prints it as is. */
    public String render() {
        if (state.isEmpty()) {
            return "stack: stopped (no " + stateFile() + ")\n";
        }
        StackState s = state.get();
        String overall = allRunning() ? "running" : anyRunning() ? "partly running" : "stopped";
        StringBuilder text = new StringBuilder();
        text.append("stack: ").append(overall).append(" (data dir ").append(dataDir)
                .append(", started ").append(s.startedAt()).append(s.detached() ? ", detached" : "").append(")\n");
        for (ProcessStatus process : processes) {
            text.append(String.format("  %-9s %-8s pid %-8d %s  log %s%n", process.role(),
                    process.running() ? "running" : "stopped", process.pid(), renderPorts(process.ports()),
                    process.logFile()));
        }
        text.append("  bootstrap servers:   ").append(s.bootstrapServers()).append('\n');
        text.append("  schema registry URL: ").append(s.schemaRegistryUrl()).append('\n');
        text.append(renderSecurity(s));
        return text.toString();
    }

    /** Shared with {@link UpResult#render()}: the secure stack's principals and where their client configs are. */
    static String renderSecurity(StackState s) {
        if (s.security() != StackSecurity.SASL_SCRAM) {
            return "";
        }
        StringBuilder text = new StringBuilder(
                "  security:            Kafka SASL_PLAINTEXT + SCRAM-SHA-512 with ACLs; registry HTTP basic auth\n");
        for (StackPrincipal principal : StackPrincipal.values()) {
            String file = s.clientConfigs().get(principal.userName());
            if (file != null) {
                text.append(String.format("  client config %-12s %s%n", principal.userName() + ":", file));
            }
        }
        String registry = s.clientConfigs().get(StackState.REGISTRY_CLIENT_CONFIG);
        if (registry != null) {
            text.append(String.format("  registry login:            %s%n", registry));
        }
        text.append("  claimstream commands run from the stack's directory log in by themselves; elsewhere, or with -b/-r:\n"
                + "            --client-config <principal file> --config <registry login>;\n"
                + "            Kafka tools: --command-config / --consumer.config / --producer.config <principal file>\n");
        return text.toString();
    }

    private static String renderPorts(Map<String, Integer> ports) {
        return ports.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ", "ports ", ""));
    }
}
