package io.claimstream.cli.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * This JVM's classpath with manifest {@code Class-Path} entries expanded: failsafe runs tests from a manifest-only
 * booter jar, which a child JVM cannot rely on (it is deleted when the fork ends). Same idea as the local stack's
 * {@code ChildClasspath}, which is package-private there.
 */
final class TestJvmClasspath {

    private TestJvmClasspath() {
    }

    static String expanded() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path.toString());
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                entries.addAll(manifestClassPath(path));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Set<String> manifestClassPath(Path jar) {
        Set<String> entries = new LinkedHashSet<>();
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                URI base = jar.toUri();
                for (String token : classPath.trim().split("\\s+")) {
                    if (!token.isEmpty()) {
                        entries.add(Path.of(base.resolve(token)).toString());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable jar: the entry itself is still on the classpath
        }
        return entries;
    }
}
