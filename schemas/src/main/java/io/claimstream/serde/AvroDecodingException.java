package io.claimstream.serde;

/** The header was fine but the Avro body does not decode with the writer schema: truncated or malformed. */
public class AvroDecodingException extends AvroSerdeException {
    private final int schemaId;

    public AvroDecodingException(SerdeFailure reason, int schemaId, String message, Throwable cause) {
        super(reason, message, cause);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
