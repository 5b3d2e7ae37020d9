package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientConfigFilesTest {

    @TempDir
    Path dataDir;

    private final ScramCredentials scram = ScramCredentials.generate(new SecureRandom());

    @Test
    void eachPrincipalGetsAPropertiesFileOnlyItsOwnerCanRead() throws IOException {
        Map<StackPrincipal, Path> files = ClientConfigFiles.write(new StackLayout(dataDir), scram);

        assertThat(files).containsOnlyKeys(StackPrincipal.values());
        assertThat(files.get(StackPrincipal.STREAMS)).isEqualTo(dataDir.resolve("clients/streams.properties"));
        for (Path file : files.values()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("clients"))))
                .isEqualTo("rwx------");
    }

    @Test
    void aFileLoadsBackAsTheClientPropertiesOfItsPrincipal() throws IOException {
        Path file = ClientConfigFiles.write(new StackLayout(dataDir), scram).get(StackPrincipal.PRODUCER);

        Properties loaded = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            loaded.load(in);
        }
        assertThat(loaded).isEqualTo(scram.clientProperties(StackPrincipal.PRODUCER));
    }
}
