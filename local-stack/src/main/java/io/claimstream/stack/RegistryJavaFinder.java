package io.claimstream.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java 21+ runtime for Apicurio Registry 3.x (the project itself builds on Java 17).
 *
 * <p>Lookup order: env {@code CLAIMSTREAM_REGISTRY_JAVA} (a {@code java} executable or a JDK home), then
 * {@code JAVA_HOME}, then the JVM running this code, then every {@code <jvmRoot>/*}{@code /bin/java}
 * (default root {@code /usr/lib/jvm}), newest first.
 */
final class RegistryJavaFinder {

    static final int REQUIRED_FEATURE_VERSION = 21;
    static final String ENV_REGISTRY_JAVA = "CLAIMSTREAM_REGISTRY_JAVA";

    private static final Pattern RELEASE_VERSION = Pattern.compile("^\"?(\\d+)(?:[.\"+-].*)?$");
    private static final Pattern VERSION_OUTPUT = Pattern.compile("version \"(\\d+)(?:[.\"+-])");

    private final Function<String, String> env;
    private final Path currentJavaHome;
    private final Path jvmRoot;

    RegistryJavaFinder(Function<String, String> env, Path currentJavaHome, Path jvmRoot) {
        this.env = env;
        this.currentJavaHome = currentJavaHome;
        this.jvmRoot = jvmRoot;
    }

    static RegistryJavaFinder forThisMachine() {
        return new RegistryJavaFinder(System::getenv, Path.of(System.getProperty("java.home")), Path.of("/usr/lib/jvm"));
    }

    JavaLookup find() {
        List<String> rejected = new ArrayList<>();
        String explicit = env.apply(ENV_REGISTRY_JAVA);
        if (explicit != null && !explicit.isBlank()) {
            Optional<JavaLookup.Found> found = candidate(Path.of(explicit), ENV_REGISTRY_JAVA, rejected);
            if (found.isPresent()) {
                return found.get();
            }
        }
        String javaHome = env.apply("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            Optional<JavaLookup.Found> found = candidate(Path.of(javaHome), "JAVA_HOME", rejected);
            if (found.isPresent()) {
                return found.get();
            }
        }
        Optional<JavaLookup.Found> current = candidate(currentJavaHome, "current JVM", rejected);
        if (current.isPresent()) {
            return current.get();
        }
        Optional<JavaLookup.Found> installed = newestUnder(jvmRoot, rejected);
        if (installed.isPresent()) {
            return installed.get();
        }
        return new JavaLookup.Missing(missingMessage(rejected));
    }

    private String missingMessage(List<String> rejected) {
        return "Apicurio Registry needs Java " + REQUIRED_FEATURE_VERSION + " or newer, and none was found"
                + (rejected.isEmpty() ? "" : " (rejected: " + String.join("; ", rejected) + ")")
                + ". Looked at $" + ENV_REGISTRY_JAVA + ", $JAVA_HOME, the current JVM and " + jvmRoot + "/*/bin/java."
                + " Install a JDK " + REQUIRED_FEATURE_VERSION + "+ (e.g. `apt-get install openjdk-21-jre-headless`"
                + " or a Temurin 21/25 package) or point $" + ENV_REGISTRY_JAVA + " at its bin/java.";
    }

    private Optional<JavaLookup.Found> newestUnder(Path root, List<String> rejected) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(root)) {
            List<JavaLookup.Found> usable = new ArrayList<>();
            for (Path home : homes.sorted().toList()) {
                if (Files.isSymbolicLink(home)) {
                    continue; // Debian's aliases point at directories that are listed anyway
                }
                candidate(home, home.toString(), rejected).ifPresent(usable::add);
            }
            return usable.stream().max((a, b) -> Integer.compare(a.featureVersion(), b.featureVersion()));
        } catch (IOException e) {
            rejected.add(root + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code path} may be a JDK home or its {@code bin/java}. */
    private Optional<JavaLookup.Found> candidate(Path path, String source, List<String> rejected) {
        Path executable = Files.isDirectory(path) ? path.resolve("bin").resolve("java") : path;
        if (!Files.isExecutable(executable)) {
            rejected.add(source + ": no executable " + executable);
            return Optional.empty();
        }
        OptionalInt version = featureVersion(executable);
        if (version.isEmpty()) {
            rejected.add(source + ": cannot tell the version of " + executable);
            return Optional.empty();
        }
        if (version.getAsInt() < REQUIRED_FEATURE_VERSION) {
            rejected.add(source + ": " + executable + " is Java " + version.getAsInt());
            return Optional.empty();
        }
        return Optional.of(new JavaLookup.Found(executable, version.getAsInt(), source));
    }

    /** Reads the JDK's {@code release} file (cheap); runs {@code java -version} only when there is none. */
    static OptionalInt featureVersion(Path javaExecutable) {
        Path home = javaExecutable.toAbsolutePath().getParent().getParent();
        Path release = home.resolve("release");
        if (Files.isRegularFile(release)) {
            OptionalInt fromRelease = featureVersionFromRelease(release);
            if (fromRelease.isPresent()) {
                return fromRelease;
            }
        }
        return featureVersionFromRunning(javaExecutable);
    }

    static OptionalInt featureVersionFromRelease(Path release) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            props.load(in);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        return parseFeature(props.getProperty("JAVA_VERSION"), RELEASE_VERSION);
    }

    private static OptionalInt featureVersionFromRunning(Path javaExecutable) {
        try {
            Process process = new ProcessBuilder(javaExecutable.toString(), "-version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return OptionalInt.empty();
            }
            return parseFeature(output, VERSION_OUTPUT);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    static OptionalInt parseFeature(String text, Pattern pattern) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = pattern.matcher(text.trim());
        if (!matcher.find()) {
            return OptionalInt.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        // Java 8 and older report "1.8.0_x"; they are far too old either way.
        return OptionalInt.of(major);
    }
}
