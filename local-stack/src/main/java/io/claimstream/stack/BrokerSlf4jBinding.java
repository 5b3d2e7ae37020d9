package io.claimstream.stack;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Gives the child broker an SLF4J binding when the caller's classpath has none. Kafka's server jars log through
 * SLF4J but ship no binding; local-stack carries log4j-slf4j2-impl only as an optional dependency (so it never
 * fights a module's logback), so a module without any binding would otherwise get a silent broker log. The jar is
 * found next to log4j-core (a Kafka dependency) in the local Maven repository: no network involved.
 */
final class BrokerSlf4jBinding {

    private static final String PROVIDER_SERVICE = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";
    private static final String LOG4J_CORE_CLASS = "org.apache.logging.log4j.core.LoggerContext";

    private BrokerSlf4jBinding() {
    }

    static String completeClasspath(String classpath) {
        if (hasProvider()) {
            return classpath;
        }
        return log4jSlf4jJar().map(jar -> classpath + File.pathSeparator + jar).orElse(classpath);
    }

    private static boolean hasProvider() {
        try {
            return ClassLoader.getSystemClassLoader().getResources(PROVIDER_SERVICE).hasMoreElements();
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code .../log4j/log4j-core/V/log4j-core-V.jar} -> {@code .../log4j/log4j-slf4j2-impl/V/log4j-slf4j2-impl-V.jar}. */
    static Optional<Path> log4jSlf4jJar() {
        try {
            CodeSource source = Class.forName(LOG4J_CORE_CLASS, false, BrokerSlf4jBinding.class.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path coreJar = Path.of(source.getLocation().toURI());
            return siblingBinding(coreJar).filter(Files::isRegularFile);
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> siblingBinding(Path coreJar) {
        Path versionDir = coreJar.getParent();
        if (versionDir == null || versionDir.getParent() == null || versionDir.getParent().getParent() == null) {
            return Optional.empty();
        }
        String version = versionDir.getFileName().toString();
        return Optional.of(versionDir.getParent().getParent()
                .resolve("log4j-slf4j2-impl").resolve(version).resolve("log4j-slf4j2-impl-" + version + ".jar"));
    }
}
