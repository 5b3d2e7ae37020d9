package io.claimstream.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** Launches Apicurio Registry (a Java 21+ Quarkus app) in a child JVM and waits until its ccompat API answers. */
final class RegistryNode {

    static final String ROLE = "registry";
    private static final String CONFLUENT_JSON = "application/vnd.schemaregistry.v1+json";

    private final LocalStackOptions options;
    private final StackLayout layout;
    private Optional<RegistryLogin> login = Optional.empty();
    private Optional<Path> clientConfig = Optional.empty();

    RegistryNode(LocalStackOptions options) {
        this.options = options;
        this.layout = options.layout();
    }

    /**
     * The HTTP port asked for ({@code --registry-port}) or a fresh free one each start (nothing stored depends on it),
     * and a free management port; never one of {@code taken}.
     */
    RegistryPorts choosePorts(Set<Integer> taken) throws IOException {
        if (options.freshData()) {
            KafkaNode.deleteRecursively(layout.registryDir());
        }
        int wanted = options.ports().registry();
        if (wanted != 0) {
            if (taken.contains(wanted) || !FreePorts.isFree(wanted)) {
                throw new StackStartException("Port " + wanted + " (--registry-port) is already in use on " + BrokerConfig.HOST
                        + "; choose another, or leave --registry-port out for a free one", null);
            }
            Set<Integer> notThese = new java.util.HashSet<>(taken);
            notThese.add(wanted);
            return new RegistryPorts(wanted, FreePorts.allocateExcept(1, notThese).get(0));
        }
        List<Integer> ports = FreePorts.allocateExcept(2, taken);
        return new RegistryPorts(ports.get(0), ports.get(1));
    }

    ChildProcess launch(RegistryPorts ports, JavaLookup.Found java, ApicurioLookup.Found bundle, boolean detached)
            throws IOException {
        Files.createDirectories(layout.registryDatabase().getParent());
        prepareAuth();
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

    /** The login of a secure stack's registry; empty for a plain one. Known after {@link #launch}. */
    Optional<RegistryLogin> login() {
        return login;
    }

    /** {@code <dataDir>/clients/registry.properties} of a secure stack. Known after {@link #launch}. */
    Optional<Path> clientConfig() {
        return clientConfig;
    }

    /** Secure: basic auth with the login of earlier starts (or a new one); plain: no auth config left behind. */
    private void prepareAuth() throws IOException {
        Path authConfig = layout.registryAuthConfig();
        if (options.security() != StackSecurity.SASL_SCRAM) {
            Files.deleteIfExists(authConfig);
            return;
        }
        RegistryLogin current = previousLogin(authConfig).orElseGet(() -> RegistryLogin.generate(new SecureRandom()));
        OwnerOnlyFiles.createDirectory(authConfig.getParent());
        OwnerOnlyFiles.write(authConfig, RegistryConfig.authConfigFile(current));
        login = Optional.of(current);
        clientConfig = Optional.of(ClientConfigFiles.writeRegistry(layout, current));
    }

    /** Reused so that clients configured for a stack keep working across its restarts. */
    private static Optional<RegistryLogin> previousLogin(Path authConfig) {
        if (!Files.isRegularFile(authConfig)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(authConfig)) {
            props.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String password = props.getProperty("quarkus.security.users.embedded.users." + RegistryLogin.USER);
        return password == null || password.isBlank() ? Optional.empty()
                : Optional.of(new RegistryLogin(RegistryLogin.USER, password));
    }

    /**
     * Waits until {@code GET /apis/ccompat/v7/subjects} answers 200, then makes sure the global compatibility is
     * BACKWARD (set by a config property at launch; a PUT fixes a registry whose stored rule says otherwise).
     */
    static void awaitReady(ChildProcess registry, RegistryPorts ports, Optional<RegistryLogin> login, Deadline deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String api = ports.confluentApiUrl();
        do {
            if (!registry.isAlive()) {
                throw new StackStartException("The schema registry exited during startup", registry.logFile());
            }
            if (status(http, request(api + "/subjects", login)) == 200) {
                ensureGlobalCompatibility(http, api, login, registry);
                return;
            }
        } while (deadline.pause(Duration.ofMillis(250)));
        throw new StackStartException("The schema registry was not ready at " + api + " in time", registry.logFile());
    }

    private static HttpRequest.Builder request(String uri, Optional<RegistryLogin> login) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        login.ifPresent(l -> request.header("Authorization", l.authorizationHeader()));
        return request;
    }

    private static void ensureGlobalCompatibility(HttpClient http, String api, Optional<RegistryLogin> login,
                                                  ChildProcess registry) {
        String wanted = RegistryConfig.DEFAULT_COMPATIBILITY;
        if (body(http, request(api + "/config", login)).contains("\"" + wanted + "\"")) {
            return;
        }
        int status = status(http, request(api + "/config", login)
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
