package io.claimstream.cli.reliability;

import io.claimstream.cli.reliability.IsolatedPipeline.RawRecord;
import io.claimstream.registry.SchemaRegistryClient;
import io.claimstream.schema.Article;
import io.claimstream.serde.AvroSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.util.Utf8;

/**
 * Generates the records a hostile or broken writer can put on the raw topic, each labelled with the dead-letter
 * reasons the pipeline may give it, and encodes valid articles the way the producer does (Confluent wire format).
 *
 * <p>Every hostile record is bad by construction, not by chance: random bytes never start with the magic byte,
 * "garbage" after a valid schema id starts with a negative string length, truncations cut at least one byte.
 */
final class HostileRecords {

    /** A record that must be dead-lettered, and the reasons that are acceptable for it. */
    record Hostile(String kind, RawRecord record, Set<String> reasons) {
    }

    private final AvroSerializer<Article> serializer;
    private final String rawTopic;
    private final int maxTextChars;
    private final Random random;

    HostileRecords(SchemaRegistryClient registry, String rawTopic, int maxTextChars, long seed) {
        this.serializer = new AvroSerializer<>(registry, false);
        this.rawTopic = rawTopic;
        this.maxTextChars = maxTextChars;
        this.random = new Random(seed);
    }

    /** The producer's encoding of a valid article. */
    byte[] encode(Article article) {
        return serializer.serialize(rawTopic, article);
    }

    /** {@code count} records of each kind, keyed {@code bad-<kind>-<n>} so each dead letter can be traced back. */
    List<Hostile> all(int count) {
        List<Hostile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(hostile("random-bytes", i, randomBytesWithoutMagic(5 + random.nextInt(400)), "bad-magic-byte"));
            out.add(hostile("tiny-value", i, Arrays.copyOf(new byte[] {0, 0, 0}, random.nextInt(4)),
                    "too-short", "bad-magic-byte", "null-value", "truncated-avro", "malformed-avro"));
            out.add(hostile("unknown-schema-id", i, header(2_000_000_000 - i, randomBytes(20 + random.nextInt(100))),
                    "unknown-schema-id"));
            out.add(hostile("garbage-after-schema-id", i, header(articleSchemaId(), negativeLengthGarbage()),
                    "malformed-avro", "truncated-avro"));
            out.add(hostile("truncated-avro", i, truncated(encode(valid("truncated-" + i))),
                    "truncated-avro", "malformed-avro"));
            out.add(hostile("empty-text", i, encode(ArticleBuilder.article("empty-" + i).text("").build()), "empty-text"));
            out.add(hostile("whitespace-text", i, encode(ArticleBuilder.article("blank-" + i)
                    .text(" \n\t \r\n ".repeat(1 + random.nextInt(50))).build()), "empty-text"));
            out.add(hostile("missing-id", i, encode(ArticleBuilder.article(" ").text(words(60)).build()), "missing-id"));
            out.add(hostile("tombstone", i, null, "null-value"));
            out.add(hostile("invalid-utf8-text", i, withRawText(valid("binary-" + i), randomInvalidUtf8(200 + random.nextInt(500))),
                    "binary-text"));
            out.add(hostile("control-characters", i, encode(ArticleBuilder.article("control-" + i)
                    .text("\u0001\u0002\u0007".repeat(100) + words(20)).build()), "binary-text"));
            if (i % 10 == 0) {
                out.add(hostile("too-large", i, encode(ArticleBuilder.article("huge-" + i)
                        .text(words(maxTextChars / 4)).build()), "too-large"));
            }
        }
        return out;
    }

    /**
     * Valid articles that look odd: text is text, so the pipeline processes them. A few invalid UTF-8 bytes in a long
     * text decode to replacement characters (below the 1% the rules tolerate); deeply nested markup is just characters.
     */
    List<KeyedBytes> oddButValid(int count) {
        List<KeyedBytes> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "odd-utf8-" + i;
            byte[] text = (words(150) + " \u00ff\u00fe ").getBytes(StandardCharsets.UTF_8);
            byte[] spoilt = Arrays.copyOf(text, text.length + 2);
            // A lone continuation byte and a truncated two-byte sequence: invalid UTF-8 inside an otherwise fine text.
            spoilt[text.length] = (byte) 0x80;
            spoilt[text.length + 1] = (byte) 0xC3;
            out.add(new KeyedBytes(id, withRawText(valid(id), spoilt)));
            String nestedId = "odd-nested-html-" + i;
            int depth = 1_000 + random.nextInt(500);
            String html = "<div>".repeat(depth) + "<p>" + words(120) + "</p>" + "</div>".repeat(depth);
            out.add(new KeyedBytes(nestedId, encode(ArticleBuilder.article(nestedId).text(html).build())));
        }
        return out;
    }

    record KeyedBytes(String id, byte[] value) {
    }

    private Hostile hostile(String kind, int n, byte[] value, String... reasons) {
        byte[] key = ("bad-" + kind + "-" + n).getBytes(StandardCharsets.UTF_8);
        return new Hostile(kind, new RawRecord(key, value), Set.of(reasons));
    }

    private Article valid(String id) {
        return ArticleBuilder.article(id).text(words(80)).build();
    }

    String words(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append("w").append(Integer.toString(random.nextInt(1 << 20), 36)).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip();
    }

    private int articleSchemaId() {
        return ByteBuffer.wrap(encode(valid("probe")), 1, 4).getInt();
    }

    private byte[] header(int schemaId, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).put((byte) 0).putInt(schemaId).put(body).array();
    }

    private byte[] negativeLengthGarbage() {
        byte[] garbage = randomBytes(10 + random.nextInt(200));
        garbage[0] = 0x01; // zig-zag -1: the article id, the first field, would have a negative length
        return garbage;
    }

    private byte[] truncated(byte[] valid) {
        return Arrays.copyOf(valid, 5 + random.nextInt(valid.length - 5));
    }

    private byte[] randomBytesWithoutMagic(int length) {
        byte[] b = randomBytes(length);
        b[0] = (byte) (1 + random.nextInt(255));
        return b;
    }

    private byte[] randomBytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    /** Continuation bytes and truncated sequences only: every byte decodes to a replacement character. */
    private byte[] randomInvalidUtf8(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (0x80 + random.nextInt(0x40));
        }
        return b;
    }

    /** The article in the wire format, but with its text replaced by raw bytes that need not be valid UTF-8. */
    private byte[] withRawText(Article article, byte[] rawText) {
        Schema schema = Article.getClassSchema();
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field f : schema.getFields()) {
            record.put(f.pos(), article.get(f.pos()));
        }
        record.put("text", new Utf8(rawText));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(header(articleSchemaId(), new byte[0]));
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<GenericData.Record>(schema, SpecificData.getForSchema(schema)).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
