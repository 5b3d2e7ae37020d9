package io.claimstream.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Writes {@code <dataDir>/clients/<principal>.properties}: the standard Kafka client security settings of each
 * principal, for claimstream's {@code --client-config} and Kafka's own tools. No bootstrap servers: the port may
 * change on restart, while these files stay valid as long as the storage (and so the passwords) does.
 */
final class ClientConfigFiles {

    private ClientConfigFiles() {
    }

    static Map<StackPrincipal, Path> write(StackLayout layout, ScramCredentials scram) throws IOException {
        OwnerOnlyFiles.createDirectory(layout.clientsDir());
        Map<StackPrincipal, Path> files = new EnumMap<>(StackPrincipal.class);
        for (StackPrincipal principal : StackPrincipal.values()) {
            Path file = layout.clientConfig(principal);
            OwnerOnlyFiles.write(file, render(principal, scram.clientProperties(principal)));
            files.put(principal, file);
        }
        return files;
    }

    /** The registry login as a claimstream config file, for {@code --config}: the registry is not a Kafka client. */
    static Path writeRegistry(StackLayout layout, RegistryLogin login) throws IOException {
        OwnerOnlyFiles.createDirectory(layout.clientsDir());
        Path file = layout.registryClientConfig();
        OwnerOnlyFiles.write(file, "# claimstream local stack: schema registry login, shared by all principals"
                + " (claimstream --config FILE; keep private).\n"
                + "schema.registry.basic.auth.user.info=" + login.userInfo() + "\n");
        return file;
    }

    /** Written by hand: Properties.store would escape the '=' and '"' of the JAAS line into something unreadable. */
    static String render(StackPrincipal principal, Properties props) {
        return props.stringPropertyNames().stream().sorted()
                .map(key -> key + "=" + props.getProperty(key))
                .collect(Collectors.joining("\n",
                        "# claimstream local stack: Kafka client settings of principal '" + principal.userName()
                                + "' (generated per stack; keep private).\n", "\n"));
    }
}
