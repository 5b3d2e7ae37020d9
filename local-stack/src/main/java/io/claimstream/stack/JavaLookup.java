package io.claimstream.stack;

import java.nio.file.Path;

/** Outcome of looking for a Java runtime that can run the registry. */
sealed interface JavaLookup {

    /** A usable {@code java} executable and its feature version (21, 25, ...). */
    record Found(Path javaExecutable, int featureVersion, String source) implements JavaLookup {
    }

    /** No usable runtime; {@code message} says where we looked and what to install. */
    record Missing(String message) implements JavaLookup {
    }
}
