package io.claimstream.cli.eval;

import io.claimstream.claims.ClaimEval;
import io.claimstream.claims.ClaimExtractor;
import io.claimstream.claims.ExtractionResult;
import io.claimstream.schema.Claim;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topology.ClaimstreamTopology;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.io.PrintStream;
import java.nio.file.Path;

/** The figures of one corpus run. */
public final class CorpusEval {

    public record Report(int articles, int duplicates, int claims, int deals, DedupScore dedup, ClaimEval.Report claimFigures,
                         DealScore deal) {

        public void print(PrintStream out, boolean errors) {
            out.printf("corpus: %d articles through the topology; %d duplicate notices, %d claims, %d deals%n",
                    articles, duplicates, claims, deals);
            if (errors && !dedup.wrongPairs().isEmpty()) {
                out.println("dedup errors:");
                dedup.wrongPairs().forEach(w -> out.println("  " + w));
            }
            out.println("dedup english-english: " + dedup.english());
            out.println("dedup overall:         " + dedup.overall());
            if (errors) {
                claimFigures.misses().forEach(m -> out.println("  " + m));
            }
            out.println("bidders per article:   " + claimFigures.bidders());
            out.println("main claims:           " + claimFigures.claims() + "   (on (actor, action, counterparty); see claims/README.md)");
            out.println("all claims:            " + claimFigures.allClaims());
            deal.render().forEach(out::println);
        }
    }

    private CorpusEval() {
    }

    public static Report run(Path corpusDir, String dealId) throws IOException {
        ClaimstreamTopology.Stages stages = DefaultStages.load();
        CorpusRun.Outputs out = CorpusRun.run(corpusDir, stages);
        Labels labels = Labels.read(corpusDir);
        // A copy says what its original says: it is scored with the claims the pipeline read from its piece.
        ClaimEval.Report claimFigures = new ClaimEval(ClaimExtractor.withDefaultDomain()).evaluate(corpusDir, id -> {
            List<Claim> claims = out.claimsByPiece().getOrDefault(out.canonicalOf().getOrDefault(id, id), List.of());
            return new ExtractionResult(claims, claims.stream().filter(Claim::getMain).toList(), Optional.empty(), "topology");
        });
        return new Report(out.articles().size(), out.notices().size(),
                out.claimsByPiece().values().stream().mapToInt(List::size).sum(), out.deals().size(),
                DedupScore.of(out.articles(), out.canonicalOf(), labels), claimFigures,
                DealScore.of(dealId, out.deals().get(dealId), out.articles(), labels));
    }
}
