package io.claimstream.stack;

import java.nio.file.Path;

/** The file layout under a stack's data directory, in one place so that start, up, down and status agree. */
record StackLayout(Path dataDir) {

    Path stateFile() {
        return dataDir.resolve("stack.json");
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    Path kafkaLog() {
        return logsDir().resolve("kafka.log");
    }

    Path kafkaFormatLog() {
        return logsDir().resolve("kafka-format.log");
    }

    Path registryLog() {
        return logsDir().resolve("registry.log");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path kafkaConfig() {
        return kafkaDir().resolve("server.properties");
    }

    Path kafkaLogDirs() {
        return kafkaDir().resolve("data");
    }

    /** Ports of the last run: reused while free, so a restarted stack keeps its bootstrap address. */
    Path kafkaPorts() {
        return kafkaDir().resolve("ports.properties");
    }

    Path kafkaLog4j2Config() {
        return kafkaDir().resolve("log4j2.properties");
    }

    Path kafkaLogbackConfig() {
        return kafkaDir().resolve("logback.xml");
    }

    /** The SCRAM passwords of a secure stack (mode 600); they live as long as the formatted storage. */
    Path scramCredentials() {
        return kafkaDir().resolve("scram-credentials.properties");
    }

    /** One Kafka client properties file per principal of a secure stack (mode 600, directory 700). */
    Path clientsDir() {
        return dataDir.resolve("clients");
    }

    Path clientConfig(StackPrincipal principal) {
        return clientsDir().resolve(principal.clientFileName());
    }

    Path registryDir() {
        return dataDir.resolve("registry");
    }

    /**
     * Quarkus reads {@code config/application.properties} from its working directory: the registry's login lives
     * there (mode 600) rather than on a command line that {@code ps} shows to every user.
     */
    Path registryAuthConfig() {
        return registryDir().resolve("config").resolve("application.properties");
    }

    /** The registry login as a claimstream config file ({@code --config}): schema.registry.basic.auth.user.info. */
    Path registryClientConfig() {
        return clientsDir().resolve("registry.properties");
    }

    Path registryDatabase() {
        return registryDir().resolve("h2").resolve("registry");
    }

    /** Where the Apicurio bundle is unpacked when only the tar.gz in the local Maven repository is available. */
    Path unpackedApicurio(String version) {
        return dataDir.resolve("apicurio-registry-" + version);
    }
}
