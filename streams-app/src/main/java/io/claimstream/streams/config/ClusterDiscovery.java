package io.claimstream.streams.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds a cluster that nobody configured: the local stack that {@code claimstream stack up} started. The
 * implementation lives with the stack's code (the CLI) and is found with {@link ServiceLoader}, so the streams app
 * does not depend on the broker and registry launcher, and without the CLI on the classpath nothing is discovered.
 */
public interface ClusterDiscovery {

    /** What is recorded in {@code stackDir}, with the credentials of {@code role} when the stack is secure. */
    Discovery discover(Path stackDir, ClientRole role);

    /** The outcome of a look in a stack directory. */
    sealed interface Discovery {

        /** A running stack: its endpoints and credentials, each with the file it came from as its origin. */
        record Found(Map<String, ConfigLayers.Value> settings) implements Discovery {
            public Found {
                settings = Map.copyOf(settings);
            }
        }

        /** A stack is recorded there but does not run (or only partly): never used, and the user is told why. */
        record NotRunning(String reason) implements Discovery {
        }

        /** No stack recorded. */
        record Nothing() implements Discovery {
        }
    }

    /** The installed discoveries, asked in turn; the first that finds or reports a stack answers. */
    static ClusterDiscovery installed() {
        ServiceLoader<ClusterDiscovery> loader = ServiceLoader.load(ClusterDiscovery.class, ClusterDiscovery.class.getClassLoader());
        return (stackDir, role) -> {
            for (ClusterDiscovery discovery : loader) {
                Discovery d = discovery.discover(stackDir, role);
                if (!(d instanceof Discovery.Nothing)) {
                    return d;
                }
            }
            return new Discovery.Nothing();
        };
    }

    static ClusterDiscovery none() {
        return (stackDir, role) -> new Discovery.Nothing();
    }
}
