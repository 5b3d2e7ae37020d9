package io.claimstream.serde;

import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;

/** Base of every serde failure: a Kafka {@link SerializationException} with a machine-readable {@link #reason()}. */
public class AvroSerdeException extends SerializationException {

    private final SerdeFailure reason;

    public AvroSerdeException(SerdeFailure reason, String message, Throwable cause) {
        super("[" + reason.code() + "] " + message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public SerdeFailure reason() {
        return reason;
    }

    /** Shorthand for {@code reason().code()}, e.g. {@code truncated-avro}. */
    public String reasonCode() {
        return reason.code();
    }
}
