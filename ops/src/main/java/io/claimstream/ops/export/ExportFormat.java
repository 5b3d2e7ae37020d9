package io.claimstream.ops.export;

/** JSON Lines keeps the whole record; CSV flattens the value's top-level fields into columns. */
public enum ExportFormat {
    JSONL, CSV;

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
