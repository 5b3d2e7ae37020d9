package io.claimstream.bench.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the article generator draws from: the body corpus (Reuters-21578, or synthetic text as a fallback) and short
 * passages of the seed articles that carry deal claims, so a share of generated articles reaches the deal stage.
 *
 * @param documents   corpus texts
 * @param dealPassages consecutive seed sentences around a deal verb; empty when no seeds were found
 * @param description where the text came from, for the report
 * @param real        false when the fallback generator was used
 */
public record TextSource(List<SourceDocument> documents, List<List<String>> dealPassages, String description, boolean real) {

    private static final Pattern DEAL_WORDS = Pattern.compile(
            "\\b(offer|offered|offering|deal|agreement|exchange|propos|negotiat|sign|invest|access|minerals)",
            Pattern.CASE_INSENSITIVE);

    public TextSource {
        documents = List.copyOf(documents);
        dealPassages = List.copyOf(dealPassages);
    }

    /**
     * Reuters from {@code searchRoot} (installing weka first when {@code install} and it is missing), else synthetic
     * text with a warning; seed passages from {@code seedsDir}.
     */
    public static TextSource load(Path searchRoot, boolean install, Path seedsDir, PrintStream log) {
        List<List<String>> passages = seedPassages(seedsDir, log);
        List<Path> files = CorpusLocator.find(searchRoot);
        if (files.isEmpty() && install && CorpusLocator.tryInstall(log)) {
            files = CorpusLocator.find(searchRoot);
        }
        if (!files.isEmpty()) {
            try {
                List<SourceDocument> docs = ReutersArff.read(files);
                if (!docs.isEmpty()) {
                    return new TextSource(docs, passages, "Reuters-21578 (" + docs.size() + " distinct texts from "
                            + files.get(0).getParent() + "/" + "reuters*.arff)", true);
                }
            } catch (IOException e) {
                log.println("bench: WARNING cannot read " + files + ": " + e.getMessage());
            }
        }
        log.println("bench: WARNING Reuters-21578 corpus unavailable; generating synthetic text instead"
                + " (figures are not comparable with runs on the real corpus)");
        return new TextSource(SyntheticText.documents(2_000, 21578), passages, "synthetic text (fallback)", false);
    }

    /** Two-sentence windows of the seed articles that start at a sentence with a deal word. */
    static List<List<String>> seedPassages(Path seedsDir, PrintStream log) {
        List<List<String>> passages = new ArrayList<>();
        if (seedsDir == null || !Files.isDirectory(seedsDir)) {
            log.println("bench: WARNING no seed articles at " + seedsDir + "; generated articles will carry no deal claims");
            return passages;
        }
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path file : files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String body = String.join(" ", lines.subList(Math.min(1, lines.size()), lines.size()));
                passages.addAll(dealWindows(Sentences.split(body)));
            }
        } catch (IOException e) {
            log.println("bench: WARNING cannot read seeds in " + seedsDir + ": " + e.getMessage());
        }
        return passages;
    }

    static List<List<String>> dealWindows(List<String> sentences) {
        List<List<String>> windows = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (DEAL_WORDS.matcher(sentences.get(i)).find()) {
                windows.add(List.copyOf(sentences.subList(i, Math.min(sentences.size(), i + 2))));
            }
        }
        return windows;
    }
}
