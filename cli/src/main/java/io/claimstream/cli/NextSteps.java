package io.claimstream.cli;

import io.claimstream.stack.StackSecurity;
import io.claimstream.stack.StackState;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.CommandName;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.config.LocalStackLayer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What to run after {@code stack up}: the README's sequence, spelled for the directory the user is in. */
final class NextSteps {

    private NextSteps() {
    }

    static String afterStackUp(Path dataDir, StackState state) {
        String cmd = CommandName.current();
        ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults().withEnv(System.getenv()));
        StringBuilder text = new StringBuilder("\nNext (commands run from this directory use this stack without -b/-r;"
                + " '" + cmd + " config' shows what they use):\n");
        Map<String, String> steps = new LinkedHashMap<>();
        Path lookedIn = Path.of(config.required(LocalStackLayer.STACK_DIR_KEY)).toAbsolutePath().normalize();
        if (!lookedIn.equals(dataDir.toAbsolutePath().normalize())) {
            steps.put("export CLAIMSTREAM_STACK_DIR=" + dataDir.toAbsolutePath().normalize(), "so that the commands find this stack");
        }
        steps.put(cmd + " topics", "create the pipeline's topics");
        steps.put(cmd + " produce " + samples(), "publish the three seed articles");
        steps.put(cmd + " streams", "run the pipeline until Ctrl-C; health, /metrics, /deals on http://"
                + config.httpHost() + ":" + config.httpPort());
        steps.put(cmd + " lag", "in another terminal: how far the pipeline is behind");
        steps.put(cmd + " stack down", "stop the broker and registry");
        int width = steps.keySet().stream().mapToInt(String::length).max().orElse(0);
        steps.forEach((command, what) -> text.append(String.format("  %-" + width + "s  # %s%n", command, what)));
        if (state.security() == StackSecurity.SASL_SCRAM) {
            text.append("Secure stack: each command logs in as the principal of its job (produce as producer, streams as"
                    + " streams, the others as admin).\n");
        }
        return text.toString();
    }

    private static String samples() {
        String home = System.getProperty(CommandName.HOME_PROPERTY, ".");
        return LocalStackLayer.displayed(Path.of(home, "samples", "seeds"));
    }
}
