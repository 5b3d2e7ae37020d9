package io.claimstream.cli;

import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterDiscovery;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.config.ConnectionOptions;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Shows the effective configuration and which layer each value came from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the effective configuration and where each value comes from: default, local stack, file, env, flag.",
                "Takes the same options as the commands that talk to a cluster, so it shows what they would use."})
final class ConfigCommand implements Callable<Integer> {

    private static final Pattern SECRET = Pattern.compile(".*(password|secret|user\\.info|sasl\\.jaas).*");

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        ConfigLayers layers = connection.layers(ClientRole.ADMIN, System.getenv(), ClusterDiscovery.installed());
        layers.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String value = SECRET.matcher(e.getKey()).matches() && !e.getValue().value().isEmpty() ? "******" : e.getValue().value();
            System.out.printf("%-40s %-50s (%s)%n", e.getKey(), value, e.getValue().origin());
        });
        layers.notes().forEach(note -> System.out.println("note: " + note));
        return 0;
    }
}
