package io.claimstream.ops.export;

/**
 * How far an export is.
 *
 * @param readOffsets  offsets passed so far, over all partitions
 * @param totalOffsets offsets between the start positions and the end offsets taken when the export began
 * @param written      records written (read offsets minus records outside the time range and transaction markers)
 */
public record ExportProgress(String topic, long readOffsets, long totalOffsets, long written) {

    public double percent() {
        return totalOffsets == 0 ? 100.0 : Math.min(100.0, 100.0 * readOffsets / totalOffsets);
    }
}
