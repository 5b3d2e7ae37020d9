package io.claimstream.ops.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One record as exported.
 *
 * @param key   the key as UTF-8 text; base64 (with a note) when it is not valid UTF-8; null when absent
 * @param value the value as plain JSON ({@code AvroJson}); a JSON null for a tombstone; a base64 string when the value is
 *              not in the Avro wire format or cannot be decoded, and then {@code note} says so
 */
public record ExportedRecord(String topic, int partition, long offset, Instant timestamp, String key, JsonNode value,
                             Optional<String> note) {
}
