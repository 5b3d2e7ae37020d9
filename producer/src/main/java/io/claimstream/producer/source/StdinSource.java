package io.claimstream.producer.source;

import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.schema.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.function.Consumer;

/**
 * Standard input, as one plain-text article or as JSON lines. In {@code AUTO} mode the first non-whitespace byte
 * decides: {@code {} means JSON lines, anything else one text article.
 */
public final class StdinSource implements InputSource {

    public enum Format { AUTO, TEXT, JSONL }

    private final InputStream in;
    private final Format format;
    private final long maxBytes;

    public StdinSource(InputStream in, Format format, long maxBytes) {
        this.in = in;
        this.format = format;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Consumer<SourceRecord> out) {
        PushbackInputStream stream = new PushbackInputStream(in, 4096);
        try {
            Format chosen = format == Format.AUTO ? sniff(stream) : format;
            if (chosen == Format.JSONL) {
                new JsonLinesSource(() -> stream, "stdin", Origin.STDIN, maxBytes, -1).read(out);
                return;
            }
            byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                out.accept(SourceRecord.rejected(Rejection.of(RejectReason.TOO_LARGE,
                        "standard input is over the cap of " + maxBytes + " bytes", "stdin", Origin.STDIN,
                        java.util.Arrays.copyOf(bytes, JsonLinesSource.OVERSIZED_HEAD_BYTES))));
                return;
            }
            // No name to derive an id from: the assembler falls back to the content hash.
            out.accept(TextArticleParser.parse(bytes, null, Origin.STDIN, "stdin", "stdin"));
        } catch (IOException e) {
            out.accept(SourceRecord.rejected(Rejection.of(RejectReason.UNREADABLE, e, "stdin", Origin.STDIN, null)));
        }
    }

    private static Format sniff(PushbackInputStream stream) throws IOException {
        byte[] buffer = new byte[4096];
        int n = stream.readNBytes(buffer, 0, buffer.length);
        if (n > 0) {
            stream.unread(buffer, 0, n);
        }
        int start = 0;
        if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        for (int i = start; i < n; i++) {
            if (!Character.isWhitespace(buffer[i])) {
                return buffer[i] == '{' ? Format.JSONL : Format.TEXT;
            }
        }
        return Format.TEXT;
    }

    /** For tests and callers holding the bytes already. */
    public static StdinSource of(byte[] bytes, Format format, long maxBytes) {
        return new StdinSource(new ByteArrayInputStream(bytes), format, maxBytes);
    }
}
