package io.claimstream.ops.export;

import java.util.Optional;

/**
 * What an export did.
 *
 * @param written      records written
 * @param outsideRange records read but outside the time range
 * @param undecodable  records whose value (or key) was written as base64 with a note
 * @param failure      why the export stopped early; empty when it reached the end offsets
 */
public record ExportResult(String topic, long written, long outsideRange, long undecodable, Optional<String> failure) {

    public boolean succeeded() {
        return failure.isEmpty();
    }

    static ExportResult failed(String topic, long written, String reason) {
        return new ExportResult(topic, written, 0, 0, Optional.of(reason));
    }
}
