package io.claimstream.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Outcome of {@code stack down}: per recorded process, what stopping it came to (empty when nothing was recorded).
 */
public record DownResult(Path dataDir, Map<String, StopOutcome> outcomes) {

    public boolean wasRunning() {
        return outcomes.values().stream().anyMatch(o -> o != StopOutcome.ALREADY_STOPPED);
    }

    public String render() {
        if (outcomes.isEmpty()) {
            return "stack: nothing recorded in " + dataDir + " (already stopped)\n";
        }
        StringBuilder text = new StringBuilder("stack stopped\n");
        outcomes.forEach((role, outcome) -> text.append(String.format("  %-9s %s%n", role,
                outcome.name().toLowerCase().replace('_', ' '))));
        return text.toString();
    }
}
