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

    Path registryDir() {
        return dataDir.resolve("registry");
    }

    Path registryDatabase() {
        return registryDir().resolve("h2").resolve("registry");
    }

    /** Where the Apicurio bundle is unpacked when only the tar.gz in the local Maven repository is available. */
    Path unpackedApicurio(String version) {
        return dataDir.resolve("apicurio-registry-" + version);
    }
}
