package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryJavaFinderTest {

    @TempDir
    Path jvmRoot;

    @Test
    void withOnlyJava17InstalledTheMessageSaysWhatToInstall() throws IOException {
        Path java17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        RegistryJavaFinder finder = new RegistryJavaFinder(Map.<String, String>of()::get, java17, jvmRoot);

        JavaLookup lookup = finder.find();

        assertThat(lookup).isInstanceOf(JavaLookup.Missing.class);
        assertThat(((JavaLookup.Missing) lookup).message())
                .contains("Java 21 or newer", "CLAIMSTREAM_REGISTRY_JAVA", "Install a JDK 21+", "is Java 17");
    }

    @Test
    void theNewestInstalledJdkOfAtLeast21IsChosen() throws IOException {
        Path java17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        fakeJdk("java-21-openjdk-amd64", "21.0.4");
        Path java25 = fakeJdk("temurin-25-jdk-amd64", "25.0.1");
        RegistryJavaFinder finder = new RegistryJavaFinder(Map.<String, String>of()::get, java17, jvmRoot);

        assertThat(finder.find()).isEqualTo(new JavaLookup.Found(java25.resolve("bin/java"), 25, java25.toString()));
    }

    @Test
    void theExplicitEnvVariableWinsOverJavaHomeAndInstalledJdks() throws IOException {
        Path java17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        Path java21 = fakeJdk("java-21-openjdk-amd64", "21.0.4");
        Path java25 = fakeJdk("temurin-25-jdk-amd64", "25.0.1");
        Map<String, String> env = Map.of(
                "CLAIMSTREAM_REGISTRY_JAVA", java21.resolve("bin/java").toString(),
                "JAVA_HOME", java25.toString());
        RegistryJavaFinder finder = new RegistryJavaFinder(env::get, java17, jvmRoot);

        assertThat(finder.find()).isEqualTo(
                new JavaLookup.Found(java21.resolve("bin/java"), 21, "CLAIMSTREAM_REGISTRY_JAVA"));
    }

    @Test
    void aJavaHomeOlderThan21IsSkipped() throws IOException {
        Path java17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        Path java21 = fakeJdk("java-21-openjdk-amd64", "21.0.4");
        RegistryJavaFinder finder = new RegistryJavaFinder(Map.of("JAVA_HOME", java17.toString())::get, java17, jvmRoot);

        assertThat(finder.find()).isEqualTo(new JavaLookup.Found(java21.resolve("bin/java"), 21, java21.toString()));
    }

    /** A JDK home with a release file and a dummy executable bin/java (never run: the release file answers). */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = jvmRoot.resolve(name);
        Path java = home.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
