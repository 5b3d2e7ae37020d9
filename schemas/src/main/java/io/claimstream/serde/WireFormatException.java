package io.claimstream.serde;

/** The bytes are not in the Confluent wire format at all: too short for the header, or a wrong magic byte. */
public class WireFormatException extends AvroSerdeException {
    public WireFormatException(SerdeFailure reason, String message) {
        super(reason, message, null);
    }
}
