package io.claimstream.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/** One version of a subject as the registry holds it: its global id, its version within the subject, the schema. */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
