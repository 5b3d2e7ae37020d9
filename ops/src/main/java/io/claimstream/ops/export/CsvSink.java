package io.claimstream.ops.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV: {@code topic,partition,offset,timestamp,key,note}, then one column per top-level field of the value.
 * The value columns are those of the first record with an object value (the header has to be written before the rest is
 * known); fields that appear only later go, as JSON, into a last {@code other_fields} column. Nested values are JSON
 * strings. A value that is not an object (tombstone, base64) goes into a {@code value} column.
 */
final class CsvSink implements RecordSink {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIXED = List.of("topic", "partition", "offset", "timestamp", "key", "note", "value");

    private final Writer out;
    private final List<ExportedRecord> beforeHeader = new ArrayList<>();
    private List<String> fields;

    CsvSink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ExportedRecord record) throws IOException {
        if (fields == null) {
            if (!record.value().isObject()) {
                // Keep tombstones and undecodable values until a real value tells us the columns.
                beforeHeader.add(record);
                if (beforeHeader.size() < 10_000) {
                    return;
                }
                writeHeader(List.of());
            } else {
                writeHeader(names(record.value()));
            }
        }
        writeRow(record);
    }

    @Override
    public void finish() throws IOException {
        if (fields == null) {
            writeHeader(List.of());
        }
        out.flush();
    }

    private void writeHeader(List<String> valueFields) throws IOException {
        fields = valueFields;
        List<String> header = new ArrayList<>(FIXED);
        header.addAll(fields);
        header.add("other_fields");
        line(header);
        for (ExportedRecord r : beforeHeader) {
            writeRow(r);
        }
        beforeHeader.clear();
    }

    private void writeRow(ExportedRecord r) throws IOException {
        List<String> cells = new ArrayList<>(List.of(r.topic(), Integer.toString(r.partition()), Long.toString(r.offset()),
                r.timestamp().toString(), r.key() == null ? "" : r.key(), r.note().orElse("")));
        JsonNode value = r.value();
        boolean object = value.isObject();
        cells.add(object ? "" : cell(value));
        for (String f : fields) {
            cells.add(object && value.has(f) ? cell(value.get(f)) : "");
        }
        Map<String, JsonNode> other = new LinkedHashMap<>();
        if (object) {
            value.fields().forEachRemaining(e -> {
                if (!fields.contains(e.getKey())) {
                    other.put(e.getKey(), e.getValue());
                }
            });
        }
        cells.add(other.isEmpty() ? "" : MAPPER.valueToTree(other).toString());
        line(cells);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** Text as itself, null as empty, numbers and booleans as written, objects and arrays as JSON. */
    private static String cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private void line(List<String> cells) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(cells.get(i)));
        }
        b.append("\r\n");
        out.write(b.toString());
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
