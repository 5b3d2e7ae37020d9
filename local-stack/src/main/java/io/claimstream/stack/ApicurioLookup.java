package io.claimstream.stack;

import java.nio.file.Path;

/** Outcome of looking for the unpacked Apicurio Registry bundle. */
sealed interface ApicurioLookup {

    /** {@code home} holds {@code quarkus-run.jar}; {@code source} says which lookup step found it. */
    record Found(Path home, String source) implements ApicurioLookup {

        Path runJar() {
            return home.resolve(ApicurioHome.RUN_JAR);
        }
    }

    record Missing(String message) implements ApicurioLookup {
    }
}
