package io.claimstream.cli.eval;

import io.claimstream.streams.stages.DefaultStages;
import java.io.PrintStream;
import java.nio.file.Path;

/** The figures of one corpus run. */
public final class CorpusEval {

    public record Report(int articles, int duplicates, int claims, int deals, DedupScore dedup, DealScore deal) {

        public void print(PrintStream out, boolean errors) {
            out.printf("corpus: %d articles through the topology; %d duplicate notices, %d claims, %d deals%n",
                    articles, duplicates, claims, deals);
            if (errors && !dedup.wrongPairs().isEmpty()) {
                out.println("dedup errors:");
                dedup.wrongPairs().forEach(w -> out.println("  " + w));
            }
            out.println("dedup english-english: " + dedup.english());
            out.println("dedup overall:         " + dedup.overall());
            deal.render().forEach(out::println);
        }
    }

    private CorpusEval() {
    }

    public static Report run(Path corpusDir, String dealId) {
        CorpusRun.Outputs out = CorpusRun.run(corpusDir, DefaultStages.load());
        Labels labels = Labels.read(corpusDir);
        return new Report(out.articles().size(), out.notices().size(),
                out.claimsByPiece().values().stream().mapToInt(java.util.List::size).sum(), out.deals().size(),
                DedupScore.of(out.articles(), out.canonicalOf(), labels),
                DealScore.of(dealId, out.deals().get(dealId), out.articles(), labels));
    }
}
