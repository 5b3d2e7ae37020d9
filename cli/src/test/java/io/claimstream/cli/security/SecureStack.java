package io.claimstream.cli.security;

import io.claimstream.stack.LocalStack;
import io.claimstream.stack.StackPrincipal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A running secure stack as the tests see it: addresses, each principal's Kafka client properties file and the
 * registry login file, exactly as {@code stack up --secure} writes them. Clients get their credentials only through
 * those files ({@code --client-config} and {@code --config}), never from test code.
 */
record SecureStack(String bootstrapServers, String schemaRegistryUrl, Map<StackPrincipal, Path> clientConfigs,
                   Path registryConfig) {

    static SecureStack of(LocalStack stack) {
        Map<StackPrincipal, Path> files = new java.util.EnumMap<>(StackPrincipal.class);
        for (StackPrincipal principal : StackPrincipal.values()) {
            files.put(principal, stack.clientConfig(principal).orElseThrow(
                    () -> new IllegalStateException("the stack is not secure: no client config for " + principal)));
        }
        return new SecureStack(stack.endpoints().bootstrapServers(), stack.endpoints().schemaRegistryUrl(),
                Map.copyOf(files), stack.registryClientConfig().orElseThrow());
    }

    Path clientConfig(StackPrincipal principal) {
        return clientConfigs.get(principal);
    }

    /** Kafka client settings of {@code principal}: claimstream's layered config with {@code --client-config FILE}. */
    Properties clientProperties(StackPrincipal principal) {
        return PrincipalConfig.of(this, principal).commonClientProperties();
    }
}
