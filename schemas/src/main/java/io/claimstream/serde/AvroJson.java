package io.claimstream.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;

/**
 * Renders Avro data as the JSON a person or a non-Avro tool expects, not Avro's own JSON encoding: unions unwrapped
 * (no {@code {"string": ...}} wrappers), bytes and fixed as base64, enums as their symbol, timestamp-millis and
 * timestamp-micros as ISO-8601 instants, date as ISO-8601 dates, maps as objects, arrays as arrays. Works on generated
 * (specific) records, where timestamps are {@link Instant}s, and on generic ones, where they are longs.
 */
public final class AvroJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Knows generated enums and the Java types of logical types, so it can tell union branches apart. */
    private static final GenericData UNION_RESOLVER = unionResolver();

    private AvroJson() {
    }

    /** A record as a JSON object. */
    public static ObjectNode toJson(IndexedRecord record) {
        return (ObjectNode) toJson(record, record.getSchema());
    }

    /** Any Avro container (record, enum symbol, fixed, array) as JSON. */
    public static JsonNode toJson(GenericContainer container) {
        return toJson(container, container.getSchema());
    }

    /** One compact line of JSON, e.g. for JSON Lines output. */
    public static String toJsonString(GenericContainer container) {
        try {
            return MAPPER.writeValueAsString(toJson(container));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson cannot write a tree it built", e);
        }
    }

    /** A datum of the given schema as JSON. */
    public static JsonNode toJson(Object datum, Schema schema) {
        if (datum == null) {
            return NODES.nullNode();
        }
        return switch (schema.getType()) {
            case NULL -> NODES.nullNode();
            case UNION -> toJson(datum, schema.getTypes().get(branchOf(schema, datum)));
            case RECORD -> record((IndexedRecord) datum, schema);
            case ENUM, STRING -> NODES.textNode(datum.toString());
            case ARRAY -> array((Collection<?>) datum, schema.getElementType());
            case MAP -> map((Map<?, ?>) datum, schema.getValueType());
            case BYTES -> datum instanceof BigDecimal decimal ? NODES.numberNode(decimal) : base64(datum);
            case FIXED -> datum instanceof BigDecimal decimal ? NODES.numberNode(decimal)
                    : NODES.textNode(Base64.getEncoder().encodeToString(((GenericFixed) datum).bytes()));
            case INT -> integer(datum, schema.getLogicalType());
            case LONG -> longValue(datum, schema.getLogicalType());
            case FLOAT, DOUBLE -> floating(((Number) datum).doubleValue());
            case BOOLEAN -> NODES.booleanNode((Boolean) datum);
        };
    }

    private static ObjectNode record(IndexedRecord record, Schema schema) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : schema.getFields()) {
            node.set(field.name(), toJson(record.get(field.pos()), field.schema()));
        }
        return node;
    }

    private static ArrayNode array(Collection<?> items, Schema itemSchema) {
        ArrayNode node = NODES.arrayNode(items.size());
        items.forEach(item -> node.add(toJson(item, itemSchema)));
        return node;
    }

    private static ObjectNode map(Map<?, ?> entries, Schema valueSchema) {
        ObjectNode node = NODES.objectNode();
        entries.forEach((key, value) -> node.set(key.toString(), toJson(value, valueSchema)));
        return node;
    }

    private static JsonNode base64(Object datum) {
        byte[] bytes;
        if (datum instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            bytes = new byte[copy.remaining()];
            copy.get(bytes);
        } else {
            bytes = (byte[]) datum;
        }
        return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }

    private static JsonNode integer(Object datum, LogicalType logicalType) {
        if (datum instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        }
        if (logicalType != null && "date".equals(logicalType.getName())) {
            return NODES.textNode(LocalDate.ofEpochDay(((Number) datum).intValue()).toString());
        }
        if (datum instanceof Number number) {
            return NODES.numberNode(number.intValue());
        }
        return NODES.textNode(datum.toString());
    }

    private static JsonNode longValue(Object datum, LogicalType logicalType) {
        if (datum instanceof Instant instant) {
            return NODES.textNode(instant.toString());
        }
        if (logicalType != null && datum instanceof Long value) {
            switch (logicalType.getName()) {
                case "timestamp-millis":
                    return NODES.textNode(Instant.ofEpochMilli(value).toString());
                case "timestamp-micros":
                    return NODES.textNode(Instant.EPOCH.plus(value, ChronoUnit.MICROS).toString());
                default:
                    break;
            }
        }
        if (datum instanceof Number number) {
            return NODES.numberNode(number.longValue());
        }
        return NODES.textNode(datum.toString());
    }

    private static JsonNode floating(double value) {
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(Double.toString(value));
    }

    private static int branchOf(Schema union, Object datum) {
        try {
            return UNION_RESOLVER.resolveUnion(union, datum);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("value " + datum + " (" + datum.getClass().getName()
                    + ") matches no branch of " + union, e);
        }
    }

    private static GenericData unionResolver() {
        SpecificData data = new SpecificData();
        data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        return data;
    }
}
