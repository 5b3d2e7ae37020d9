package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrokerSlf4jBindingTest {

    @Test
    void theBindingIsLookedUpBesideLog4jCoreInTheMavenRepository() {
        Path core = Path.of("/m2/org/apache/logging/log4j/log4j-core/2.25.4/log4j-core-2.25.4.jar");

        assertThat(BrokerSlf4jBinding.siblingBinding(core)).contains(
                Path.of("/m2/org/apache/logging/log4j/log4j-slf4j2-impl/2.25.4/log4j-slf4j2-impl-2.25.4.jar"));
    }

    @Test
    void theBindingJarExistsInThisBuildsRepository() {
        assertThat(BrokerSlf4jBinding.log4jSlf4jJar()).isPresent();
    }
}
