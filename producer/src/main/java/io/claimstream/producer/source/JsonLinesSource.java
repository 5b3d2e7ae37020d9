package io.claimstream.producer.source;

import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.schema.Origin;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A JSON-lines file (or stream): one article per line; blank lines are skipped; each line is judged on its own. */
public final class JsonLinesSource implements InputSource {

    /** How much of an oversized line is kept for the dead letter. */
    static final int OVERSIZED_HEAD_BYTES = 64 * 1024;

    private final StreamOpener opener;
    private final String name;
    private final Origin origin;
    private final long maxLineBytes;
    private final long knownSize;

    @FunctionalInterface
    public interface StreamOpener {
        InputStream open() throws IOException;
    }

    public JsonLinesSource(StreamOpener opener, String name, Origin origin, long maxLineBytes, long knownSize) {
        this.opener = opener;
        this.name = name;
        this.origin = origin;
        this.maxLineBytes = maxLineBytes;
        this.knownSize = knownSize;
    }

    public static JsonLinesSource ofFile(Path file, long maxLineBytes) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new JsonLinesSource(() -> Files.newInputStream(file), file.toString(), Origin.JSONL, maxLineBytes, size);
    }

    @Override
    public long knownSizeBytes() {
        return knownSize;
    }

    @Override
    public void read(Consumer<SourceRecord> out) {
        int keep = (int) Math.min(Integer.MAX_VALUE - 16, maxLineBytes + 1);
        try (InputStream in = new BufferedInputStream(opener.open(), 64 * 1024)) {
            ByteLines lines = new ByteLines(in, keep);
            ByteLines.Line line;
            while ((line = lines.next()) != null) {
                String source = name + ":" + line.number();
                if (isBlank(line.head()) && !line.truncated()) {
                    continue;
                }
                if (line.length() > maxLineBytes) {
                    byte[] head = java.util.Arrays.copyOf(line.head(), Math.min(line.head().length, OVERSIZED_HEAD_BYTES));
                    out.accept(SourceRecord.rejected(Rejection.of(RejectReason.TOO_LARGE,
                            "line is " + line.length() + " bytes, over the cap of " + maxLineBytes
                                    + " (dead letter keeps the first " + head.length + ")", source, origin, head)));
                    continue;
                }
                out.accept(JsonLineParser.parse(line.head(), origin, name, source));
            }
        } catch (IOException e) {
            out.accept(SourceRecord.rejected(Rejection.of(RejectReason.UNREADABLE, e, name, origin, null)));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
