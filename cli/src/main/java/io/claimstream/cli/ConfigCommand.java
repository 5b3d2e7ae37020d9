package io.claimstream.cli;

import io.claimstream.streams.config.ConfigLayers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows the effective configuration and which layer each value came from. */
@Command(name = "config", description = "Print the effective configuration and where each value comes from.")
final class ConfigCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "claimstream properties file.")
    Path configFile;

    @Override
    public Integer call() {
        ConfigLayers layers = ConfigLayers.defaults().withFile(configFile).withEnv(System.getenv());
        layers.values().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
            String value = e.getKey().matches(".*(password|secret|user\\.info|sasl\\.jaas).*") && !e.getValue().value().isEmpty()
                    ? "******" : e.getValue().value();
            System.out.printf("%-40s %-50s (%s)%n", e.getKey(), value, e.getValue().origin());
        });
        return 0;
    }
}
