package io.claimstream.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Launches Apicurio Registry (a Java 21+ Quarkus app) in a child JVM and waits until its ccompat API answers. */
final class RegistryNode {

    static final String ROLE = "registry";
    private static final String CONFLUENT_JSON = "application/vnd.schemaregistry.v1+json";

    private final LocalStackOptions options;
    private final StackLayout layout;

    RegistryNode(LocalStackOptions options) {
        this.options = options;
        this.layout = options.layout();
    }

    /** Fresh free ports each start (nothing stored depends on them), never one of {@code taken}. */
    RegistryPorts choosePorts(Set<Integer> taken) throws IOException {
        if (options.freshData()) {
            KafkaNode.deleteRecursively(layout.registryDir());
        }
        List<Integer> ports = FreePorts.allocate(2 + taken.size()).stream().filter(p -> !taken.contains(p)).toList();
        return new RegistryPorts(ports.get(0), ports.get(1));
    }

    ChildProcess launch(RegistryPorts ports, JavaLookup.Found java, ApicurioLookup.Found bundle, boolean detached)
            throws IOException {
        Files.createDirectories(layout.registryDatabase().getParent());
        List<String> command = new ArrayList<>();
        command.add(java.javaExecutable().toString());
        command.add("-Xmx" + options.registryHeap());
        // C1 only: Quarkus boots with ~45% less CPU (4 s instead of 7.5 s measured); a dev registry serves few requests.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        command.add(ChildProcess.roleArg(ROLE));
        command.add("-Dclaimstream.stack.dir=" + layout.dataDir());
        command.addAll(RegistryConfig.devRegistry(ports, layout.registryDatabase()).systemPropertyArgs());
        command.add("-jar");
        command.add(bundle.runJar().toString());
        return ChildProcess.launch(ROLE, command, Map.of(), layout.registryDir(), layout.registryLog(), detached);
    }

    /**
     * Waits until {@code GET /apis/ccompat/v7/subjects} answers 200, then makes sure the global compatibility is
     * BACKWARD (set by a config property at launch; a PUT fixes a registry whose stored rule says otherwise).
     */
    static void awaitReady(ChildProcess registry, RegistryPorts ports, Deadline deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String api = ports.confluentApiUrl();
        do {
            if (!registry.isAlive()) {
                throw new StackStartException("The schema registry exited during startup", registry.logFile());
            }
            if (status(http, HttpRequest.newBuilder(URI.create(api + "/subjects"))) == 200) {
                ensureGlobalCompatibility(http, api, registry);
                return;
            }
        } while (deadline.pause(Duration.ofMillis(250)));
        throw new StackStartException("The schema registry was not ready at " + api + " in time", registry.logFile());
    }

    private static void ensureGlobalCompatibility(HttpClient http, String api, ChildProcess registry) {
        String wanted = RegistryConfig.DEFAULT_COMPATIBILITY;
        if (body(http, HttpRequest.newBuilder(URI.create(api + "/config"))).contains("\"" + wanted + "\"")) {
            return;
        }
        int status = status(http, HttpRequest.newBuilder(URI.create(api + "/config"))
                .header("Content-Type", CONFLUENT_JSON)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + wanted + "\"}")));
        if (status != 200) {
            throw new StackStartException("Setting the registry's global compatibility to " + wanted
                    + " failed with HTTP " + status, registry.logFile());
        }
    }

    private static int status(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String body(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
