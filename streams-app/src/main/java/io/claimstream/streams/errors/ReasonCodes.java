package io.claimstream.streams.errors;

import io.claimstream.serde.SerdeFailure;
import java.util.Locale;

/** Short, stable reason codes for dead letters, so operators can group and alert on them. */
public final class ReasonCodes {

    private ReasonCodes() {
    }

    /** The serde's own reason when the error comes from it (bad-magic-byte, unknown-schema-id...), else the exception's name. */
    public static String of(Throwable error) {
        return SerdeFailure.of(error).map(SerdeFailure::code).orElseGet(() -> kebab(error.getClass().getSimpleName()));
    }

    static String kebab(String simpleName) {
        String s = simpleName.replaceAll("(Exception|Error)$", "");
        return s.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
