package io.claimstream.bench.jmh;

import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import io.claimstream.text.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The article the micro-benchmarks read: a seed article when its path is given, else the bench's own fixture. */
final class BenchTexts {

    static final String FIXTURE = "/io/claimstream/bench/fixture-article.txt";

    private BenchTexts() {
    }

    static Article article(String seedFile) {
        String content = seedFile == null || seedFile.isBlank() || !Files.isRegularFile(Path.of(seedFile))
                ? fixture() : read(Path.of(seedFile));
        int newline = content.indexOf('\n');
        String title = newline > 0 ? content.substring(0, newline).trim() : "";
        String text = newline > 0 ? content.substring(newline + 1).trim() : content;
        return Article.newBuilder().setId("jmh-article").setUrl("https://bench.example/news/jmh-article")
                .setCanonicalUrl("https://bench.example/news/jmh-article").setSourceDomain("bench.example")
                .setTitle(title).setText(text).setLanguage("en").setPublishedAt(Instant.EPOCH)
                .setIngestedAt(Instant.EPOCH).setOrigin(Origin.GENERATED).setContentHash(ContentHash.of(text))
                .setAttributes(Map.of()).build();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixture() {
        try (InputStream in = BenchTexts.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FIXTURE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
