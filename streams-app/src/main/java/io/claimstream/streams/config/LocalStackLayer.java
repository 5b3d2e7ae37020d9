package io.claimstream.streams.config;

import java.nio.file.Path;

/**
 * The running local stack as a configuration layer: when neither a file, the environment nor a flag names a cluster
 * (bootstrap servers or registry), its endpoints, and on a secure stack the credentials of the command's
 * {@link ClientRole}, replace the built-in defaults. A cluster named anywhere is never mixed with the stack's
 * addresses. A stack that is recorded but not running is not used, and a note says so.
 */
public final class LocalStackLayer {

    /** Where to look for the stack: what {@code stack up} uses by default ({@code .claimstream/stack}). */
    public static final String STACK_DIR_KEY = "stack.dir";
    /** Origins of values from the stack start with this, so {@code config} and error messages can tell. */
    public static final String ORIGIN_PREFIX = "local stack";

    private LocalStackLayer() {
    }

    public static String origin(Path file) {
        return ORIGIN_PREFIX + ": " + displayed(file);
    }

    static void apply(ConfigLayers layers, ClientRole role, ClusterDiscovery discovery) {
        if (layers.configured("bootstrap.servers") || layers.configured("schema.registry.url")) {
            return;
        }
        Path stackDir = Path.of(layers.value(STACK_DIR_KEY).orElse(".claimstream/stack"));
        ClusterDiscovery.Discovery found = discovery.discover(stackDir, role);
        if (found instanceof ClusterDiscovery.Discovery.Found f) {
            layers.withDiscovered(f.settings());
        } else if (found instanceof ClusterDiscovery.Discovery.NotRunning n) {
            layers.withNote(n.reason());
        }
    }

    static String notAnswering(String command) {
        return "  The local stack's processes run, but that address does not answer: see " + command
                + " stack status and the logs it names, or restart it (" + command + " stack down, then " + command + " stack up).";
    }

    /** Relative to the working directory when inside it: shorter, and what the user typed. */
    public static String displayed(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
