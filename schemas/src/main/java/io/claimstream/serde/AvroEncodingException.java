package io.claimstream.serde;

/** The record does not fit its own schema, e.g. a null in a field that is not nullable. */
public class AvroEncodingException extends AvroSerdeException {
    public AvroEncodingException(String message, Throwable cause) {
        super(SerdeFailure.INVALID_RECORD, message, cause);
    }
}
