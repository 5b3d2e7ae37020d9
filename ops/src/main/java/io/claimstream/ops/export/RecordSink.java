package io.claimstream.ops.export;

import java.io.IOException;
import java.io.Writer;

/** Where exported records go, in one {@link ExportFormat}. */
interface RecordSink {

    void write(ExportedRecord record) throws IOException;

    /** Flushes; does not close the writer, which belongs to the caller. */
    void finish() throws IOException;

    static RecordSink of(ExportFormat format, Writer out) {
        return switch (format) {
            case JSONL -> new JsonLinesSink(out);
            case CSV -> new CsvSink(out);
        };
    }
}
