package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackStateJsonTest {

    @TempDir
    Path dataDir;

    @Test
    void theSecurityAndClientConfigsSurviveTheStateFile() throws IOException {
        StackLayout layout = new StackLayout(dataDir);
        StackState state = new StackState(dataDir.toString(), "2026-01-01T00:00:00Z", true, "127.0.0.1:1",
                "http://127.0.0.1:2/apis/ccompat/v7", List.of(), StackSecurity.SASL_SCRAM,
                Map.of("streams", "/p/clients/streams.properties"));

        StateFile.write(layout, state);

        assertThat(StateFile.read(layout)).contains(state);
    }

    @Test
    void aStateFileFromBeforeSecureModeReadsAsAPlainStack() throws IOException {
        Files.writeString(new StackLayout(dataDir).stateFile(), """
                {"dataDir":"/p","startedAt":"2026-01-01T00:00:00Z","detached":true,"bootstrapServers":"127.0.0.1:1",
                 "schemaRegistryUrl":"http://127.0.0.1:2/apis/ccompat/v7","processes":[]}
                """);

        assertThat(StateFile.read(new StackLayout(dataDir))).hasValueSatisfying(s -> {
            assertThat(s.security()).isEqualTo(StackSecurity.NONE);
            assertThat(s.clientConfigs()).isEmpty();
        });
    }
}
