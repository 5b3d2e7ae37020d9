package io.claimstream.serde;

import java.util.Optional;

/** Why a record could not be (de)serialized, as a short code that dead-letter records and metrics can keep. */
public enum SerdeFailure {
    /** The first byte is not the wire format's magic 0: not our format, e.g. plain JSON or a string. */
    BAD_MAGIC_BYTE("bad-magic-byte"),
    /** Fewer than the 5 header bytes. */
    TOO_SHORT("too-short"),
    /** The registry does not know the schema id in the header. */
    UNKNOWN_SCHEMA_ID("unknown-schema-id"),
    /** The Avro body ends before the writer schema says it should. */
    TRUNCATED_AVRO("truncated-avro"),
    /** The Avro body does not decode with the writer schema (bad union index, negative length, bad UTF-8, ...). */
    MALFORMED_AVRO("malformed-avro"),
    /** Writer and reader schemas cannot be resolved, or the registry refused a schema as incompatible. */
    INCOMPATIBLE_SCHEMA("incompatible-schema"),
    /** auto.register.schemas is off and the schema is not registered under the subject. */
    SCHEMA_NOT_REGISTERED("schema-not-registered"),
    /** The registry did not answer (connection refused, timeout). */
    REGISTRY_UNAVAILABLE("registry-unavailable"),
    /** The registry answered with an error we have no better reason for (auth, 5xx, ...). */
    REGISTRY_ERROR("registry-error"),
    /** The record cannot be written with its own schema, e.g. null in a non-null field. */
    INVALID_RECORD("invalid-record");

    private final String code;

    SerdeFailure(String code) {
        this.code = code;
    }

    /** The reason as dead letters record it, e.g. {@code bad-magic-byte}. */
    public String code() {
        return code;
    }

    /** The failure behind an exception, looking through its causes (frameworks like to wrap). */
    public static Optional<SerdeFailure> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AvroSerdeException serdeError) {
                return Optional.of(serdeError.reason());
            }
        }
        return Optional.empty();
    }
}
