package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecureStackStatusTest {

    @Test
    void aSecureStackNamesTheClientConfigOfEachPrincipalAndTheRegistryLogin() {
        Map<String, String> files = new LinkedHashMap<>();
        for (StackPrincipal principal : StackPrincipal.values()) {
            files.put(principal.userName(), "/p/clients/" + principal.userName() + ".properties");
        }
        files.put(StackState.REGISTRY_CLIENT_CONFIG, "/p/clients/registry.properties");
        StackState state = new StackState("/p", "2026-01-01T00:00:00Z", true, "127.0.0.1:40001",
                "http://127.0.0.1:41001/apis/ccompat/v7", List.of(), StackSecurity.SASL_SCRAM, files);

        String rendered = new StackStatus(Path.of("/p"), Optional.of(state), List.of()).render();

        assertThat(rendered).contains("SASL_PLAINTEXT + SCRAM-SHA-512",
                "client config admin:       /p/clients/admin.properties",
                "client config streams:     /p/clients/streams.properties",
                "client config downstream:  /p/clients/downstream.properties",
                "registry login:            /p/clients/registry.properties");
    }

    @Test
    void aPlainStackSaysNothingAboutSecurity() {
        StackState state = new StackState("/p", "2026-01-01T00:00:00Z", true, "127.0.0.1:40001",
                "http://127.0.0.1:41001/apis/ccompat/v7", List.of());

        assertThat(state.security()).isEqualTo(StackSecurity.NONE);
        assertThat(new StackStatus(Path.of("/p"), Optional.of(state), List.of()).render())
                .doesNotContain("security", "client config");
    }
}
