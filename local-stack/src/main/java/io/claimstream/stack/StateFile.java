package io.claimstream.stack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes {@code stack.json}; an unreadable file counts as absent (nothing can be stopped by it). */
final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StateFile() {
    }

    static Optional<StackState> read(StackLayout layout) {
        Path file = layout.stateFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), StackState.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes via a temp file and a rename, so a reader never sees half a file. */
    static void write(StackLayout layout, StackState state) throws IOException {
        Files.createDirectories(layout.dataDir());
        Path temp = layout.stateFile().resolveSibling("stack.json.tmp");
        JSON.writeValue(temp.toFile(), state);
        Files.move(temp, layout.stateFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(StackLayout layout) {
        try {
            Files.deleteIfExists(layout.stateFile());
        } catch (IOException e) {
            // a stale file is harmless: its PIDs are checked against their start times before use
        }
    }
}
