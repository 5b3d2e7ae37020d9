package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RegistryConfigTest {

    private final RegistryConfig config =
            RegistryConfig.devRegistry(new RegistryPorts(41001, 41002), Path.of("/data/registry/h2/registry"));

    @Test
    void bothHttpInterfacesBindToLoopbackOnFreePorts() {
        assertThat(config.systemPropertyArgs()).contains(
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=41001",
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=41002");
    }

    @Test
    void schemasAreStoredInAnH2FileUnderTheDataDir() {
        assertThat(config.properties().get("apicurio.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + Path.of("/data/registry/h2/registry").toAbsolutePath());
    }

    @Test
    void globalCompatibilityIsBackwardLikeConfluent() {
        assertThat(config.properties()).containsEntry("apicurio.rules.global.compatibility", "BACKWARD");
    }

    @Test
    void ccompatIdsAreContentIdsSoRegisteredIdsResolve() {
        assertThat(config.properties()).containsEntry("apicurio.ccompat.legacy-id-mode.enabled", "false");
    }

    @Test
    void registryUrlIsTheBaseOfTheConfluentApi() {
        assertThat(new RegistryPorts(41001, 41002).confluentApiUrl()).isEqualTo("http://127.0.0.1:41001/apis/ccompat/v7");
    }
}
