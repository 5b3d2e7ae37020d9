package io.claimstream.stack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath for the child broker JVM: this JVM's {@code java.class.path} (which carries kafka_2.13 and its
 * dependencies), with manifest {@code Class-Path} entries expanded. Surefire and failsafe run tests from a
 * manifest-only booter jar that they delete when the fork ends; expanding it keeps a detached broker started from a
 * test able to restart, and makes the list explicit.
 */
public final class ChildClasspath {

    private ChildClasspath() {
    }

    /** This JVM's classpath, manifest-only jars expanded: what a child JVM needs to run the same classes. */
    public static String ofThisJvm() {
        return expand(System.getProperty("java.class.path") + urlClassLoaderEntries());
    }

    /**
     * Launchers such as {@code mvn exec:java} or some IDE runners load the application through a URLClassLoader
     * while {@code java.class.path} names only the launcher; their URLs are added so the child still finds Kafka.
     */
    private static String urlClassLoaderEntries() {
        StringBuilder entries = new StringBuilder();
        for (ClassLoader loader = ChildClasspath.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urlLoader) {
                for (URL url : urlLoader.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            entries.append(File.pathSeparator).append(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // not a plain file URL: the child could not use it anyway
                        }
                    }
                }
            }
        }
        return entries.toString();
    }

    static String expand(String classpath) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : classpath.split(File.pathSeparator)) {
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
            if (classPath == null) {
                return entries;
            }
            URI base = jar.toUri();
            for (String token : classPath.trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    entries.add(Path.of(base.resolve(token)).toString());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable jar or an odd manifest: the entry itself is still on the classpath
        }
        return entries;
    }
}
