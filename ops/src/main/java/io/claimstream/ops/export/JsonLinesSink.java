package io.claimstream.ops.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** One JSON object per line: topic, partition, offset, timestamp, key, value (and note when there is one). */
final class JsonLinesSink implements RecordSink {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;

    JsonLinesSink(Writer out) {
        this.out = out;
    }

    static ObjectNode toJson(ExportedRecord r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("topic", r.topic());
        node.put("partition", r.partition());
        node.put("offset", r.offset());
        node.put("timestamp", r.timestamp().toString());
        node.put("key", r.key());
        node.set("value", r.value());
        r.note().ifPresent(n -> node.put("note", n));
        return node;
    }

    @Override
    public void write(ExportedRecord record) throws IOException {
        out.write(MAPPER.writeValueAsString(toJson(record)));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
