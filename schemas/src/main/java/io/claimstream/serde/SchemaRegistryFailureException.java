package io.claimstream.serde;

/** The registry could not be reached, refused us, or does not hold the schema while auto-registration is off. */
public class SchemaRegistryFailureException extends AvroSerdeException {
    public SchemaRegistryFailureException(SerdeFailure reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
