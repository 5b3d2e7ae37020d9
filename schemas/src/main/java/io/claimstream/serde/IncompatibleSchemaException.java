package io.claimstream.serde;

/**
 * Writer and reader schemas do not resolve (deserializing), or the registry refused to register the record's schema
 * under the subject (serializing).
 */
public class IncompatibleSchemaException extends AvroSerdeException {
    public IncompatibleSchemaException(String message, Throwable cause) {
        super(SerdeFailure.INCOMPATIBLE_SCHEMA, message, cause);
    }
}
