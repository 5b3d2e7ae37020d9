package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackExtensionTest {

    @Test
    void anExternalStackNamedInTheEnvironmentIsUsedWithoutStartingOne() {
        Map<String, String> env = Map.of(
                "CLAIMSTREAM_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
                "CLAIMSTREAM_SCHEMA_REGISTRY_URL", "http://127.0.0.1:8080/apis/ccompat/v7");

        try (LocalStackExtension.SharedStack shared = LocalStackExtension.SharedStack.startOrReuse(env::get)) {
            assertThat(shared.endpoints())
                    .isEqualTo(new StackEndpoints("127.0.0.1:9092", "http://127.0.0.1:8080/apis/ccompat/v7"));
        }
    }
}
