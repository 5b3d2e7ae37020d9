package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildClasspathTest {

    @TempDir
    Path dir;

    @Test
    void aManifestOnlyBooterJarIsExpandedIntoItsEntries() throws IOException {
        Path kafkaJar = Files.createFile(dir.resolve("kafka_2.13-4.3.1.jar"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path booter = manifestOnlyJar(dir.resolve("surefirebooter.jar"),
                kafkaJar.toUri() + " " + classes.toUri());

        String expanded = ChildClasspath.expand(booter.toString());

        assertThat(expanded.split(File.pathSeparator))
                .containsExactly(booter.toString(), kafkaJar.toString(), classes.toString());
    }

    @Test
    void plainEntriesPassThroughUnchanged() {
        String classpath = String.join(File.pathSeparator, dir.resolve("a.jar").toString(), dir.resolve("classes").toString());

        assertThat(ChildClasspath.expand(classpath)).isEqualTo(classpath);
    }

    private static Path manifestOnlyJar(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
