package io.claimstream.ops.export;

/** Told about an export's progress after every poll, and once more at the end. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> { };

    void onProgress(ExportProgress progress);
}
