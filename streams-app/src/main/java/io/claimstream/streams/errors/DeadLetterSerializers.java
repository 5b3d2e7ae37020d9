package io.claimstream.streams.errors;

import io.claimstream.schema.DeadLetter;
import io.claimstream.serde.AvroSerializer;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;

/** The dead-letter value serializer, configured from the same registry settings as the rest of the app. */
final class DeadLetterSerializers {

    private DeadLetterSerializers() {
    }

    static Serializer<DeadLetter> create(Map<String, ?> configs) {
        AvroSerializer<DeadLetter> serializer = new AvroSerializer<>();
        serializer.configure(configs, false);
        return serializer;
    }
}
