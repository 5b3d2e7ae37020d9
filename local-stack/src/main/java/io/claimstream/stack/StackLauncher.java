package io.claimstream.stack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Starts the broker and the registry side by side: the registry (the slower one) is launched first, the broker's
 * storage is formatted while the registry boots, and both readiness probes run in parallel.
 */
final class StackLauncher {

    private final RegistryJavaFinder javaFinder;
    private final ApicurioHome apicurioHome;

    StackLauncher(RegistryJavaFinder javaFinder, ApicurioHome apicurioHome) {
        this.javaFinder = javaFinder;
        this.apicurioHome = apicurioHome;
    }

    static StackLauncher forThisMachine() {
        return new StackLauncher(RegistryJavaFinder.forThisMachine(), ApicurioHome.forThisMachine());
    }

    LaunchedStack launch(LocalStackOptions options, boolean detached) {
        Deadline deadline = Deadline.in(options.startTimeout());
        StackLayout layout = options.layout();
        // Prerequisites first, so a missing JDK or bundle fails before anything runs.
        JavaLookup java = javaFinder.find();
        if (java instanceof JavaLookup.Missing missing) {
            throw new StackStartException(missing.message(), null);
        }
        ApicurioLookup bundle = apicurioHome.locate(layout);
        if (bundle instanceof ApicurioLookup.Missing missing) {
            throw new StackStartException(missing.message(), null);
        }
        List<ChildProcess> started = new ArrayList<>();
        try {
            KafkaNode kafkaNode = new KafkaNode(options);
            RegistryNode registryNode = new RegistryNode(options);
            BrokerPorts brokerPorts = kafkaNode.choosePorts();
            RegistryPorts registryPorts = registryNode.choosePorts(Set.of(brokerPorts.broker(), brokerPorts.controller()));
            Instant startedAt = Instant.now();
            long t0 = System.nanoTime();
            ChildProcess registry = registryNode.launch(registryPorts, (JavaLookup.Found) java,
                    (ApicurioLookup.Found) bundle, detached);
            started.add(registry);
            kafkaNode.prepare(brokerPorts);
            ChildProcess kafka = kafkaNode.launch(detached);
            started.add(kafka);
            CompletableFuture<Duration> kafkaReady = inThread("kafka-ready", () -> {
                KafkaNode.awaitReady(kafka, brokerPorts, kafkaNode.scram(), deadline);
                return Duration.ofNanos(System.nanoTime() - t0);
            });
            CompletableFuture<Duration> registryReady = inThread("registry-ready", () -> {
                RegistryNode.awaitReady(registry, registryPorts, registryNode.login(), deadline);
                return Duration.ofNanos(System.nanoTime() - t0);
            });
            awaitBothFailingFast(kafkaReady, registryReady);
            StartupTimings timings = new StartupTimings(kafkaReady.join(), registryReady.join());
            return new LaunchedStack(layout, kafka, registry, brokerPorts, registryPorts, timings, startedAt,
                    options.security(), kafkaNode.clientConfigs(), registryNode.clientConfig());
        } catch (IOException e) {
            LaunchedStack.stopAll(started, options.stopTimeout());
            throw new StackStartException("Cannot prepare the stack in " + layout.dataDir() + ": " + e, null, e);
        } catch (RuntimeException e) {
            LaunchedStack.stopAll(started, options.stopTimeout());
            throw e;
        }
    }

    private static void awaitBothFailingFast(CompletableFuture<?> first, CompletableFuture<?> second) {
        CompletableFuture<Void> both = CompletableFuture.allOf(first, second);
        first.whenComplete((ok, failure) -> {
            if (failure != null) {
                both.completeExceptionally(failure);
            }
        });
        second.whenComplete((ok, failure) -> {
            if (failure != null) {
                both.completeExceptionally(failure);
            }
        });
        try {
            both.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StackStartException("Stack start failed: " + cause, null, cause);
        }
    }

    /** A dedicated thread per probe: the common pool has a single thread on a 2-core machine. */
    private static <T> CompletableFuture<T> inThread(String name, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
