package io.claimstream.producer.source;

import io.claimstream.producer.model.SourceRecord;
import java.util.function.Consumer;

/** One input the user named (a file, directory, stdin, feed or page) that yields articles and rejections. */
public interface InputSource {

    /** Reads the whole input, handing every article or rejection to {@code out} in input order. */
    void read(Consumer<SourceRecord> out);

    /** Total raw bytes this input will read when known up front (files), else -1; drives the progress bar. */
    default long knownSizeBytes() {
        return -1;
    }
}
