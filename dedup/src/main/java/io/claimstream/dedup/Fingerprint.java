package io.claimstream.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything the duplicate decision needs to know about one article, small enough to travel through a topic and live
 * in a state store (typically 0.5-1.5 KB). Word-level features are stored as hashes: the judge only ever compares them
 * for equality.
 *
 * @param canonicalUrl     may be null
 * @param contentHash      hex SHA-256 of the normalised text ({@code Article.contentHash}); may be null
 * @param sourceDomain     publisher domain; may be null
 * @param language         ISO 639-1 or "unknown"
 * @param publishedAt      may be null (the source did not say)
 * @param observedAt       ingestion time: the event time of the stores
 * @param minHash          MinHash signature of the body's content words, see {@link LshBands}
 * @param entityMinHash    MinHash signature of its names and numbers, which survive translation
 * @param sentenceHashes   one hash per body sentence of its exact (folded, lower-cased) text
 * @param sentenceWords    per body sentence: sorted distinct 16-bit hashes of its content words
 * @param numbers          sorted distinct hashes of the numbers in the body
 * @param quotes           sorted distinct hashes of the quoted passages
 * @param entities         sorted distinct 16-bit hashes of capitalised tokens
 * @param attributions     domains or agencies named by "Source:" lines
 * @param textLength       characters of body text
 * @param quotedSentences  bit i set: sentence i stands mostly inside quotation marks (someone's statement, which other
 *                         reports may quote too, rather than the piece's own words)
 */
public record Fingerprint(String canonicalUrl, String contentHash, String sourceDomain, String language,
                          Instant publishedAt, Instant observedAt, byte[] minHash, byte[] entityMinHash,
                          int[] sentenceHashes,
                          short[][] sentenceWords, int[] numbers, int[] quotes, short[] entities,
                          List<String> attributions, int textLength, long quotedSentences) {

    /** 2 added quotedSentences; version 1 fingerprints still read, with no sentence marked quoted. */
    static final byte FORMAT_VERSION = 2;
    private static final byte FORMAT_VERSION_1 = 1;

    public Fingerprint {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(minHash, "minHash");
        Objects.requireNonNull(entityMinHash, "entityMinHash");
        attributions = List.copyOf(attributions);
        if (sentenceHashes.length != sentenceWords.length) {
            throw new IllegalArgumentException("one word list per sentence hash");
        }
    }

    /** Whether sentence {@code i} is mostly a quotation. */
    public boolean quoted(int i) {
        return i < Long.SIZE && (quotedSentences >>> i & 1L) != 0;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            writeNullable(out, canonicalUrl);
            writeNullable(out, contentHash);
            writeNullable(out, sourceDomain);
            out.writeUTF(language);
            out.writeLong(publishedAt == null ? Long.MIN_VALUE : publishedAt.toEpochMilli());
            out.writeLong(observedAt.toEpochMilli());
            out.writeShort(minHash.length);
            out.write(minHash);
            out.writeShort(entityMinHash.length);
            out.write(entityMinHash);
            out.writeShort(sentenceHashes.length);
            for (int i = 0; i < sentenceHashes.length; i++) {
                out.writeInt(sentenceHashes[i]);
                out.writeByte(sentenceWords[i].length);
                for (short w : sentenceWords[i]) {
                    out.writeShort(w);
                }
            }
            writeInts(out, numbers);
            writeInts(out, quotes);
            out.writeShort(entities.length);
            for (short e : entities) {
                out.writeShort(e);
            }
            out.writeByte(attributions.size());
            for (String a : attributions) {
                out.writeUTF(a);
            }
            out.writeInt(textLength);
            out.writeLong(quotedSentences);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory stream cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads the format written by {@link #toBytes()}; an unknown version is rejected rather than misread. */
    public static Fingerprint fromBytes(byte[] data) {
        return fromBytes(data, 0, data.length);
    }

    /**
     * Reads {@code length} bytes from {@code offset}. The decider decodes up to 32 stored fingerprints per article, so
     * this reads a {@link ByteBuffer} over the array in place: a {@code DataInputStream} costs a virtual call and a
     * lock per byte and was the largest single cost of {@link Deduplicator#decide}.
     */
    static Fingerprint fromBytes(byte[] data, int offset, int length) {
        try {
            return read(ByteBuffer.wrap(data, offset, length));
        } catch (BufferUnderflowException | UTFDataFormatException e) {
            throw new IllegalArgumentException("truncated or corrupt fingerprint", e);
        }
    }

    private static Fingerprint read(ByteBuffer in) throws UTFDataFormatException {
        byte version = in.get();
        if (version != FORMAT_VERSION && version != FORMAT_VERSION_1) {
            throw new IllegalArgumentException("unsupported fingerprint format version " + version);
        }
        String canonicalUrl = readNullable(in);
        String contentHash = readNullable(in);
        String sourceDomain = readNullable(in);
        String language = readUtf(in);
        long published = in.getLong();
        Instant observedAt = Instant.ofEpochMilli(in.getLong());
        byte[] minHash = readBytes(in, Short.toUnsignedInt(in.getShort()));
        byte[] entityMinHash = readBytes(in, Short.toUnsignedInt(in.getShort()));
        int sentences = Short.toUnsignedInt(in.getShort());
        int[] sentenceHashes = new int[sentences];
        short[][] sentenceWords = new short[sentences][];
        for (int i = 0; i < sentences; i++) {
            sentenceHashes[i] = in.getInt();
            sentenceWords[i] = readShorts(in, Byte.toUnsignedInt(in.get()));
        }
        int[] numbers = readInts(in);
        int[] quotes = readInts(in);
        short[] entities = readShorts(in, Short.toUnsignedInt(in.getShort()));
        int attributionCount = Byte.toUnsignedInt(in.get());
        List<String> attributions = new ArrayList<>(attributionCount);
        for (int i = 0; i < attributionCount; i++) {
            attributions.add(readUtf(in));
        }
        int textLength = in.getInt();
        long quotedSentences = version >= FORMAT_VERSION ? in.getLong() : 0;
        return new Fingerprint(canonicalUrl, contentHash, sourceDomain, language,
                published == Long.MIN_VALUE ? null : Instant.ofEpochMilli(published), observedAt, minHash, entityMinHash,
                sentenceHashes, sentenceWords, numbers, quotes, entities, attributions, textLength, quotedSentences);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(ByteBuffer in) throws UTFDataFormatException {
        return in.get() != 0 ? readUtf(in) : null;
    }

    /**
     * {@link DataOutputStream#writeUTF} format: a length, then modified UTF-8, which for ASCII (URLs, domains,
     * language codes, hex hashes) is the bytes themselves.
     */
    private static String readUtf(ByteBuffer in) throws UTFDataFormatException {
        int length = Short.toUnsignedInt(in.getShort());
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] array = in.array();
        int start = in.arrayOffset() + in.position();
        in.position(in.position() + length);
        for (int i = start; i < start + length; i++) {
            if (array[i] < 0) {
                return readModifiedUtf8(array, start - 2, length + 2);
            }
        }
        return new String(array, start, length, StandardCharsets.ISO_8859_1);
    }

    private static String readModifiedUtf8(byte[] array, int offset, int length) throws UTFDataFormatException {
        try {
            return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(array, offset, length)));
        } catch (UTFDataFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new BufferUnderflowException();
        }
    }

    private static byte[] readBytes(ByteBuffer in, int length) {
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }

    private static short[] readShorts(ByteBuffer in, int length) {
        short[] out = new short[length];
        in.asShortBuffer().get(out);
        in.position(in.position() + 2 * length);
        return out;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeShort(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(ByteBuffer in) {
        int[] values = new int[Short.toUnsignedInt(in.getShort())];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * values.length);
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(toBytes(), f.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        return "Fingerprint[" + canonicalUrl + ", " + language + ", sentences=" + sentenceHashes.length
                + ", attributions=" + attributions + ", bytes=" + toBytes().length + "]";
    }
}
