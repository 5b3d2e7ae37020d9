package io.claimstream.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput of {@link ClaimExtractor#extract} on real-size articles, single-threaded, so the figure is articles per
 * second per core. Usage: {@code ClaimExtractionBench [seeds-dir] [corpus-dir-or-articles.jsonl] [seconds]}.
 * Not a unit test: run it by hand and quote the figure.
 */
public final class ClaimExtractionBench {

    public static void main(String[] arguments) throws IOException {
        List<String> positional = new ArrayList<>(List.of(arguments));
        ClaimExtractor.Method method = ClaimExtractor.Method.takeOption(positional);
        String[] args = positional.toArray(String[]::new);
        Path seeds = Path.of(args.length > 0 ? args[0] : "samples/seeds");
        Path corpus = args.length > 1 && !args[1].isBlank() ? Path.of(args[1]) : null;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;

        List<Article> articles = new ArrayList<>(readSeeds(seeds));
        if (corpus != null) articles.addAll(readCorpus(corpus));
        if (articles.isEmpty()) {
            System.err.println("no articles found under " + seeds + (corpus == null ? "" : " or " + corpus));
            System.exit(2);
        }
        long chars = articles.stream().mapToLong(a -> a.getText().length()).sum();

        long loadStart = System.nanoTime();
        ClaimExtractor extractor = ClaimExtractor.withDefaultDomain(method);
        extractor.extract(articles.get(0)); // the parse method loads its models on first use
        double loadMs = (System.nanoTime() - loadStart) / 1e6;

        run(extractor, articles, seconds / 4); // warm-up: JIT and per-thread decoders
        Run measured = run(extractor, articles, seconds);

        System.out.printf(Locale.ROOT, "extractor=%s articles=%d avgChars=%d modelLoadMs=%.0f%n", method.name().toLowerCase(Locale.ROOT),
                articles.size(), chars / articles.size(), loadMs);
        System.out.printf(Locale.ROOT, "extracted %d articles (%d claims) in %.1f s on 1 thread%n",
                measured.articles, measured.claims, measured.seconds);
        System.out.printf(Locale.ROOT, "throughput: %.1f articles/s per core (%.2f ms/article)%n",
                measured.articles / measured.seconds, 1000 * measured.seconds / measured.articles);
    }

    private record Run(long articles, long claims, double seconds) {}

    private static Run run(ClaimExtractor extractor, List<Article> articles, double seconds) {
        long start = System.nanoTime(), deadline = start + (long) (seconds * 1e9);
        long done = 0, claims = 0;
        while (System.nanoTime() < deadline) {
            for (Article a : articles) {
                claims += extractor.extract(a).claims().size();
                done++;
            }
        }
        return new Run(done, claims, (System.nanoTime() - start) / 1e9);
    }

    private static List<Article> readSeeds(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            List<Article> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Article.newBuilder().setId(f.getFileName().toString()).setText(Files.readString(f))
                        .setLanguage("en").setIngestedAt(Instant.EPOCH).setOrigin(Origin.FILE).setContentHash("").build());
            }
            return out;
        }
    }

    private static List<Article> readCorpus(Path path) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve("articles.jsonl") : path;
        if (!Files.isRegularFile(file)) throw new IOException("no articles.jsonl at " + path);
        List<Article> out = new ArrayList<>();
        for (JsonNode n : io.claimstream.corpus.LabelledCorpus.readJsonl(file).values()) out.add(ClaimEval.toArticle(n));
        return out;
    }
}
