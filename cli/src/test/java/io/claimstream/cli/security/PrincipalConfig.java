package io.claimstream.cli.security;

import io.claimstream.stack.StackPrincipal;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ConnectionOptions;
import java.util.Map;

/**
 * The configuration a claimstream command resolves for {@code --client-config <dataDir>/clients/<principal>.properties
 * --config <dataDir>/clients/registry.properties} plus the stack's addresses: the same {@link ConnectionOptions} the CLI's {@code streams}, {@code topics} and
 * {@code produce} commands parse their flags into.
 */
final class PrincipalConfig {

    private PrincipalConfig() {
    }

    static ClaimstreamConfig of(SecureStack stack, StackPrincipal principal) {
        return of(stack, principal, Map.of());
    }

    static ClaimstreamConfig of(SecureStack stack, StackPrincipal principal, Map<String, String> settings) {
        ConnectionOptions flags = new ConnectionOptions();
        flags.bootstrapServers = stack.bootstrapServers();
        flags.schemaRegistryUrl = stack.schemaRegistryUrl();
        flags.clientConfig = stack.clientConfig(principal);
        flags.configFile = stack.registryConfig();
        flags.overrides.putAll(settings);
        return flags.resolve();
    }
}
