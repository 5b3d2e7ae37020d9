package io.claimstream.producer.source;

import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.schema.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A file or a directory tree the user named. A {@code .jsonl}/{@code .ndjson} file is read as JSON lines, any other
 * named file as one plain-text article. Inside directories only {@code .txt}, {@code .text}, {@code .md} (text) and
 * {@code .jsonl}/{@code .ndjson} files are taken, hidden files and folders are skipped, in sorted order so runs repeat.
 *
 * <p>A text file's id is {@code file:} + its path relative to the named input, prefixed by the named directory's own
 * name ({@code file:seeds/000_x.txt}): stable across machines and checkouts, unlike an absolute path.
 */
public final class FileSource implements InputSource {

    private final Path input;
    private final long maxBytes;

    public FileSource(Path input, long maxBytes) {
        this.input = input;
        this.maxBytes = maxBytes;
    }

    @Override
    public long knownSizeBytes() {
        try (Stream<Path> files = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void read(Consumer<SourceRecord> out) {
        if (!Files.exists(input)) {
            out.accept(SourceRecord.rejected(Rejection.of(RejectReason.UNREADABLE, "no such file or directory",
                    input.toString(), Origin.FILE, null)));
            return;
        }
        if (!Files.isDirectory(input)) {
            readFile(input, input.getFileName().toString(), out);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).filter(this::isVisible).filter(FileSource::isArticleFile)
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            out.accept(SourceRecord.rejected(Rejection.of(RejectReason.UNREADABLE, e, input.toString(), Origin.FILE, null)));
            return;
        }
        String root = input.toAbsolutePath().normalize().getFileName() == null ? ""
                : input.toAbsolutePath().normalize().getFileName() + "/";
        for (Path file : files) {
            String relative = input.relativize(file).toString().replace('\\', '/');
            readFile(file, root + relative, out);
        }
    }

    private void readFile(Path file, String relativeId, Consumer<SourceRecord> out) {
        if (isJsonLines(file)) {
            JsonLinesSource.ofFile(file, maxBytes).read(out);
            return;
        }
        String ref = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                out.accept(SourceRecord.rejected(Rejection.of(RejectReason.TOO_LARGE,
                        "file is " + size + " bytes, over the cap of " + maxBytes, ref, Origin.FILE, head(file))));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            out.accept(TextArticleParser.parse(bytes, "file:" + relativeId, Origin.FILE, ref, ref));
        } catch (NoSuchFileException e) {
            out.accept(SourceRecord.rejected(Rejection.of(RejectReason.UNREADABLE, "no such file", ref, Origin.FILE, null)));
        } catch (IOException e) {
            out.accept(SourceRecord.rejected(Rejection.of(RejectReason.UNREADABLE, e, ref, Origin.FILE, null)));
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(JsonLinesSource.OVERSIZED_HEAD_BYTES);
        }
    }

    private boolean isVisible(Path file) {
        for (Path part : input.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return isJsonLines(file) || name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md");
    }
}
