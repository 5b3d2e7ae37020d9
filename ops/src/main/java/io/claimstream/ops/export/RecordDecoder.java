package io.claimstream.ops.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.claimstream.serde.AvroDecodingException;
import io.claimstream.serde.AvroJson;
import io.claimstream.serde.IncompatibleSchemaException;
import io.claimstream.serde.UnknownSchemaIdException;
import io.claimstream.serde.WireFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Turns raw records into {@link ExportedRecord}s. A value that is not Avro (or whose schema the registry does not know)
 * is kept as base64 with a note, so one odd record does not stop an export; a registry that cannot be reached does stop
 * it, since every value would be undecodable.
 */
final class RecordDecoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Deserializer<GenericRecord> values;

    RecordDecoder(Deserializer<GenericRecord> values) {
        this.values = values;
    }

    ExportedRecord decode(ConsumerRecord<byte[], byte[]> record) {
        List<String> notes = new ArrayList<>();
        String key = key(record.key(), notes);
        JsonNode value = value(record, notes);
        return new ExportedRecord(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), key, value,
                notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)));
    }

    private static String key(byte[] bytes, List<String> notes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notes.add("key is not UTF-8 text: base64");
            return Base64.getEncoder().encodeToString(bytes);
        }
    }

    private JsonNode value(ConsumerRecord<byte[], byte[]> record, List<String> notes) {
        byte[] bytes = record.value();
        if (bytes == null) {
            return NODES.nullNode();
        }
        try {
            return AvroJson.toJson(values.deserialize(record.topic(), record.headers(), bytes));
        } catch (WireFormatException | AvroDecodingException | UnknownSchemaIdException | IncompatibleSchemaException e) {
            notes.add("value is not decodable Avro (" + e.getMessage() + "): base64");
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
    }
}
