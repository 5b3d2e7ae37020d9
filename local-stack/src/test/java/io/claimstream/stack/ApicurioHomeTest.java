package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioHomeTest {

    @TempDir
    Path dir;

    @Test
    void theSystemPropertyWinsOverEnvAndTheBuildTimePath() throws IOException {
        Path fromProperty = bundle("from-property");
        Path fromEnv = bundle("from-env");
        Path baked = bundle("baked");
        ApicurioHome home = new ApicurioHome(Map.of(ApicurioHome.PROPERTY, fromProperty.toString())::get,
                Map.of(ApicurioHome.ENV, fromEnv.toString())::get, baked(baked), dir.resolve("m2"));

        assertThat(home.locate(new StackLayout(dir.resolve("data"))))
                .isEqualTo(new ApicurioLookup.Found(fromProperty, "-D" + ApicurioHome.PROPERTY));
    }

    @Test
    void theBuildTimePathIsUsedWhenNothingIsConfigured() throws IOException {
        Path baked = bundle("baked");
        ApicurioHome home = new ApicurioHome(Map.<String, String>of()::get, Map.<String, String>of()::get,
                baked(baked), dir.resolve("m2"));

        assertThat(home.locate(new StackLayout(dir.resolve("data"))))
                .isEqualTo(new ApicurioLookup.Found(baked, "build-time path"));
    }

    @Test
    void withoutAnyBundleTheMessageSaysHowToGetOne() {
        ApicurioHome home = new ApicurioHome(Map.<String, String>of()::get, Map.<String, String>of()::get,
                baked(dir.resolve("cleaned-target")), dir.resolve("m2"));

        ApicurioLookup lookup = home.locate(new StackLayout(dir.resolve("data")));

        assertThat(lookup).isInstanceOf(ApicurioLookup.Missing.class);
        assertThat(((ApicurioLookup.Missing) lookup).message())
                .contains("./mvnw -pl local-stack package", "apicurio-registry-app:3.3.3:tar.gz:all", "cleaned-target");
    }

    private Path bundle(String name) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.createFile(home.resolve(ApicurioHome.RUN_JAR));
        return home;
    }

    private static Properties baked(Path home) {
        Properties props = new Properties();
        props.setProperty("apicurio.version", "3.3.3");
        props.setProperty("apicurio.home", home.toString());
        return props;
    }
}
