package io.claimstream.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Both child processes, ready, with the ports they listen on and, when secure, each principal's client config. */
record LaunchedStack(
        StackLayout layout,
        ChildProcess kafka,
        ChildProcess registry,
        BrokerPorts brokerPorts,
        RegistryPorts registryPorts,
        StartupTimings timings,
        Instant startedAt,
        StackSecurity security,
        Map<StackPrincipal, Path> clientConfigs,
        Optional<Path> registryClientConfig) {

    StackEndpoints endpoints() {
        return new StackEndpoints(brokerPorts.bootstrapServers(), registryPorts.confluentApiUrl());
    }

    StackState state(boolean detached) {
        List<ProcessState> processes = new ArrayList<>();
        Map<String, Integer> kafkaPorts = new LinkedHashMap<>();
        kafkaPorts.put("broker", brokerPorts.broker());
        kafkaPorts.put("controller", brokerPorts.controller());
        Map<String, Integer> registryPorts = new LinkedHashMap<>();
        registryPorts.put("http", this.registryPorts.http());
        registryPorts.put("management", this.registryPorts.management());
        processes.add(processState(kafka, kafkaPorts));
        processes.add(processState(registry, registryPorts));
        StackEndpoints endpoints = endpoints();
        Map<String, String> clientFiles = new LinkedHashMap<>();
        clientConfigs.forEach((principal, file) -> clientFiles.put(principal.userName(), file.toString()));
        registryClientConfig.ifPresent(file -> clientFiles.put(StackState.REGISTRY_CLIENT_CONFIG, file.toString()));
        return new StackState(layout.dataDir().toString(), startedAt.toString(), detached,
                endpoints.bootstrapServers(), endpoints.schemaRegistryUrl(), List.copyOf(processes), security,
                clientFiles);
    }

    private static ProcessState processState(ChildProcess process, Map<String, Integer> ports) {
        return new ProcessState(process.role(), process.pid(),
                process.startedAt().map(Instant::toString).orElse(null),
                ports, process.logFile().toString());
    }

    /** Stops both in parallel (each SIGTERM, then SIGKILL after {@code grace}); the broker is the slower one. */
    Map<String, StopOutcome> stop(Duration grace) {
        return stopAll(List.of(kafka, registry), grace);
    }

    static Map<String, StopOutcome> stopAll(List<ChildProcess> processes, Duration grace) {
        Map<String, CompletableFuture<StopOutcome>> pending = new LinkedHashMap<>();
        for (ChildProcess process : processes) {
            CompletableFuture<StopOutcome> outcome = new CompletableFuture<>();
            Thread stopper = new Thread(() -> outcome.complete(process.stop(grace)), "stop-" + process.role());
            stopper.setDaemon(true);
            stopper.start();
            pending.put(process.role(), outcome);
        }
        Map<String, StopOutcome> outcomes = new LinkedHashMap<>();
        pending.forEach((role, outcome) -> outcomes.put(role, outcome.join()));
        return outcomes;
    }
}
