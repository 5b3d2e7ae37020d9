package io.claimstream.cli;

import io.claimstream.claims.ClaimExtractor;
import io.claimstream.cli.eval.CorpusEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Figures for dedup, claims and deals on a labelled corpus, from the real topology. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run a labelled corpus (articles.jsonl + labels.jsonl, the shared/corpus/dev format) through the real",
                "topology and print dedup pairwise precision/recall/F1 (overall and English-English), claim figures,",
                "and deal-level bidder and independent-source figures, with the errors."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Directory with articles.jsonl and labels.jsonl.")
    Path corpus;

    @Option(names = "--deal", paramLabel = "DEAL_ID", description = "Score only this deal (e.g. CD:critical-minerals). Default: every deal that a labelled deal "
                    + "topic aligns with (the deal most of the topic's articles put claims in).")
    String deal;

    @Option(names = "--summary-only", description = "Print the figures without the list of wrong pairs and misses.")
    boolean summaryOnly;

    @Option(names = "--extractor", paramLabel = "METHOD", defaultValue = "rules",
            description = "How sentences become claims: rules (default), parse (CoreNLP dependency parse) or union (both; docs/parsers.md).")
    String extractor;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus.resolve("articles.jsonl")) || !Files.isRegularFile(corpus.resolve("labels.jsonl"))) {
            System.err.println("error: " + corpus + " must contain articles.jsonl and labels.jsonl");
            return 64;
        }
        ClaimExtractor.Method method;
        try {
            method = ClaimExtractor.Method.parse(extractor);
        } catch (IllegalArgumentException e) {
            System.err.println("error: --extractor: " + e.getMessage());
            return 64;
        }
        CorpusEval.Report report = CorpusEval.run(corpus, deal, method);
        report.print(System.out, !summaryOnly);
        return 0;
    }
}
