package io.claimstream.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Locates the unpacked Apicurio Registry bundle without touching the network. Lookup order:
 * <ol>
 *   <li>system property {@code claimstream.apicurio.home}</li>
 *   <li>env {@code CLAIMSTREAM_APICURIO_HOME}</li>
 *   <li>the path baked in at build time ({@code io/claimstream/stack/apicurio-bundle.properties}, pointing at
 *       {@code local-stack/target/apicurio-registry-<version>})</li>
 *   <li>the bundle tar.gz in the local Maven repository ({@code -Dmaven.repo.local} or {@code ~/.m2/repository}),
 *       unpacked once into {@code <dataDir>/apicurio-registry-<version>}</li>
 * </ol>
 */
final class ApicurioHome {

    static final String RUN_JAR = "quarkus-run.jar";
    static final String PROPERTY = "claimstream.apicurio.home";
    static final String ENV = "CLAIMSTREAM_APICURIO_HOME";
    static final String BAKED_RESOURCE = "/io/claimstream/stack/apicurio-bundle.properties";
    static final String FALLBACK_VERSION = "3.3.3";
    private static final String UNPACKED_MARKER = ".claimstream-unpacked";

    private final Function<String, String> systemProperty;
    private final Function<String, String> env;
    private final Properties baked;
    private final Path mavenRepository;

    ApicurioHome(Function<String, String> systemProperty, Function<String, String> env, Properties baked,
                 Path mavenRepository) {
        this.systemProperty = systemProperty;
        this.env = env;
        this.baked = baked;
        this.mavenRepository = mavenRepository;
    }

    static ApicurioHome forThisMachine() {
        String repo = System.getProperty("maven.repo.local");
        Path mavenRepository = repo != null && !repo.isBlank()
                ? Path.of(repo)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return new ApicurioHome(System::getProperty, System::getenv, bakedProperties(), mavenRepository);
    }

    private static Properties bakedProperties() {
        Properties props = new Properties();
        try (InputStream in = ApicurioHome.class.getResourceAsStream(BAKED_RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource only means this lookup step finds nothing
        }
        return props;
    }

    String version() {
        String version = baked.getProperty("apicurio.version", FALLBACK_VERSION);
        return version.startsWith("${") ? FALLBACK_VERSION : version;
    }

    /** Finds the bundle; may unpack the tar.gz from the Maven repository into {@code layout}'s data dir. */
    ApicurioLookup locate(StackLayout layout) {
        List<String> tried = new ArrayList<>();
        Optional<ApicurioLookup.Found> found = configured(systemProperty.apply(PROPERTY), "-D" + PROPERTY, tried)
                .or(() -> configured(env.apply(ENV), "$" + ENV, tried))
                .or(() -> configured(baked.getProperty("apicurio.home"), "build-time path", tried))
                .or(() -> configured(layout.unpackedApicurio(version()).toString(), "previous unpack", tried));
        if (found.isPresent()) {
            return found.get();
        }
        return unpackFromMavenRepository(layout, tried);
    }

    private static Optional<ApicurioLookup.Found> configured(String value, String source, List<String> tried) {
        if (value == null || value.isBlank() || value.startsWith("${")) {
            return Optional.empty();
        }
        Path home = Path.of(value);
        if (Files.isRegularFile(home.resolve(RUN_JAR)) && !isHalfUnpacked(home)) {
            return Optional.of(new ApicurioLookup.Found(home, source));
        }
        tried.add(source + " (" + home + ": no " + RUN_JAR + ")");
        return Optional.empty();
    }

    /** Our own unpack writes a marker last; a dir with our marker's temp twin was interrupted mid-way. */
    private static boolean isHalfUnpacked(Path home) {
        return Files.exists(home.resolve(UNPACKED_MARKER + ".pending"));
    }

    Path bundleArchive() {
        String version = version();
        return mavenRepository.resolve(Path.of("io", "apicurio", "apicurio-registry-app", version,
                "apicurio-registry-app-" + version + "-all.tar.gz"));
    }

    private ApicurioLookup unpackFromMavenRepository(StackLayout layout, List<String> tried) {
        Path archive = bundleArchive();
        if (!Files.isRegularFile(archive)) {
            tried.add("Maven repository (" + archive + " missing)");
            return new ApicurioLookup.Missing("Apicurio Registry " + version() + " bundle not found. Tried: "
                    + String.join("; ", tried) + ". Run `./mvnw -pl local-stack package` once (it downloads"
                    + " io.apicurio:apicurio-registry-app:" + version() + ":tar.gz:all), or set -D" + PROPERTY
                    + " / $" + ENV + " to an unpacked bundle.");
        }
        Path target = layout.unpackedApicurio(version());
        try {
            Files.createDirectories(target);
            Path pending = target.resolve(UNPACKED_MARKER + ".pending");
            Files.writeString(pending, archive.toString());
            Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", target.toString())
                    .redirectErrorStream(true).start();
            String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                tar.destroyForcibly();
                return new ApicurioLookup.Missing("Unpacking " + archive + " into " + target + " failed: " + output);
            }
            Files.writeString(target.resolve(UNPACKED_MARKER), archive.toString());
            Files.delete(pending);
            return new ApicurioLookup.Found(target, "unpacked from " + archive);
        } catch (IOException e) {
            return new ApicurioLookup.Missing("Unpacking " + archive + " into " + target + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ApicurioLookup.Missing("Interrupted while unpacking " + archive);
        }
    }
}
