package io.claimstream.serde;

/** The header names a schema id the registry does not have, e.g. a record from another registry. */
public class UnknownSchemaIdException extends AvroSerdeException {
    private final int schemaId;

    public UnknownSchemaIdException(int schemaId, Throwable cause) {
        super(SerdeFailure.UNKNOWN_SCHEMA_ID, "schema id " + schemaId + " is not in the registry", cause);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
