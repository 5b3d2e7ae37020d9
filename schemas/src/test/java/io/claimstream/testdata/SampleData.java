package io.claimstream.testdata;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Deterministic made-up data for any schema, as generic Avro values (timestamps as plain longs), so that tests cover
 * every record type in the contracts, including ones added after the tests were written.
 */
public final class SampleData {

    private final Random random;

    public SampleData(long seed) {
        this.random = new Random(seed);
    }

    public GenericRecord record(Schema schema) {
        return (GenericRecord) value(schema);
    }

    private Object value(Schema schema) {
        return switch (schema.getType()) {
            case NULL -> null;
            case BOOLEAN -> random.nextBoolean();
            case INT -> random.nextInt(2000) - 1000;
            case LONG -> 1_600_000_000_000L + random.nextInt(1_000_000_000);
            case FLOAT -> random.nextFloat();
            case DOUBLE -> random.nextDouble() * 1e9;
            case STRING -> word();
            case BYTES -> ByteBuffer.wrap(bytes(random.nextInt(12)));
            case FIXED -> new GenericData.Fixed(schema, bytes(schema.getFixedSize()));
            case ENUM -> new GenericData.EnumSymbol(schema,
                    schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size())));
            case UNION -> value(schema.getTypes().get(random.nextInt(schema.getTypes().size())));
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    items.add(value(schema.getElementType()));
                }
                yield new GenericData.Array<>(schema, items);
            }
            case MAP -> {
                Map<String, Object> entries = new HashMap<>();
                // At most one entry: decoded maps are HashMaps, whose order would make byte comparisons flaky.
                if (random.nextBoolean()) {
                    entries.put(word(), value(schema.getValueType()));
                }
                yield entries;
            }
            case RECORD -> {
                GenericData.Record record = new GenericData.Record(schema);
                schema.getFields().forEach(field -> record.put(field.pos(), value(field.schema())));
                yield record;
            }
        };
    }

    private String word() {
        String[] words = {"cobalt", "Kinshasa", "deal", "é-accent", "talks", "", "mining rights", "中文"};
        return words[random.nextInt(words.length)] + random.nextInt(100);
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
