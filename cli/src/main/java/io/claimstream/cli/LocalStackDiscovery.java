package io.claimstream.cli;

import io.claimstream.stack.LocalStackControl;
import io.claimstream.stack.ProcessStatus;
import io.claimstream.stack.StackSecurity;
import io.claimstream.stack.StackState;
import io.claimstream.stack.StackStatus;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterDiscovery;
import io.claimstream.streams.config.CommandName;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.config.LocalStackLayer;
import io.claimstream.streams.config.PropertiesFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local stack that {@code stack up} started, read from its {@code stack.json} (written once both processes are
 * ready, removed by {@code stack down}): the endpoints, and on a secure stack the client file of the command's
 * principal and the registry login. A recorded stack whose processes are gone (killed, machine rebooted) is reported,
 * never used. Registered for {@link java.util.ServiceLoader} in META-INF/services.
 */
public final class LocalStackDiscovery implements ClusterDiscovery {

    static final String REGISTRY_LOGIN_KEY = "schema.registry.basic.auth.user.info";

    @Override
    public Discovery discover(Path stackDir, ClientRole role) {
        StackStatus status = LocalStackControl.status(stackDir);
        if (status.state().isEmpty()) {
            return new Discovery.Nothing();
        }
        String stateFile = LocalStackLayer.displayed(status.stateFile());
        if (!status.allRunning()) {
            String gone = status.processes().stream().filter(p -> !p.running()).map(ProcessStatus::role)
                    .collect(Collectors.joining(" and "));
            return new Discovery.NotRunning("the local stack recorded in " + stateFile + " is not running (" + gone
                    + " stopped), so it is not used; start it again with " + CommandName.current() + " stack up");
        }
        StackState state = status.state().get();
        String origin = LocalStackLayer.origin(status.stateFile());
        Map<String, ConfigLayers.Value> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", new ConfigLayers.Value(state.bootstrapServers(), origin));
        settings.put("schema.registry.url", new ConfigLayers.Value(state.schemaRegistryUrl(), origin));
        if (state.security() == StackSecurity.SASL_SCRAM) {
            String clientFile = state.clientConfigs().get(role.principalName());
            String registryFile = state.clientConfigs().get(StackState.REGISTRY_CLIENT_CONFIG);
            if (clientFile == null || registryFile == null) {
                return new Discovery.NotRunning("the secure local stack recorded in " + stateFile + " names no client config for "
                        + role.principalName() + "; restart it (stack down, stack up --secure)");
            }
            try {
                PropertiesFile.read(Path.of(clientFile)).forEach((k, v) -> settings.put(ClaimstreamConfig.KAFKA_PREFIX + k,
                        new ConfigLayers.Value(v, LocalStackLayer.origin(Path.of(clientFile)))));
                String login = PropertiesFile.read(Path.of(registryFile)).get(REGISTRY_LOGIN_KEY);
                if (login != null) {
                    settings.put(REGISTRY_LOGIN_KEY, new ConfigLayers.Value(login, LocalStackLayer.origin(Path.of(registryFile))));
                }
            } catch (IOException e) {
                return new Discovery.NotRunning("cannot read the secure local stack's client config: " + e.getMessage());
            }
        }
        return new Discovery.Found(settings);
    }

}
