package io.claimstream.cli.eval;

import io.claimstream.claims.ClaimEval;
import io.claimstream.claims.ClaimExtractor;
import io.claimstream.claims.ExtractionResult;
import io.claimstream.schema.Claim;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topology.ClaimstreamTopology;
import io.claimstream.claims.DomainResource;
import io.claimstream.corpus.CorpusSplit;
import io.claimstream.corpus.Half;
import io.claimstream.schema.Article;
import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.io.PrintStream;
import java.nio.file.Path;

/** The figures of one corpus run. */
public final class CorpusEval {

    public record Report(int articles, int duplicates, int claims, int deals, DedupScore dedup, ClaimEval.Report claimFigures,
                         List<DealScore> dealScores) {

        public void print(PrintStream out, boolean errors) {
            out.printf("corpus: %d articles through the topology; %d duplicate notices, %d claims, %d deals%n",
                    articles, duplicates, claims, deals);
            if (errors && !dedup.wrongPairs().isEmpty()) {
                out.println("dedup errors:");
                dedup.wrongPairs().forEach(w -> out.println("  " + w));
            }
            if (errors) {
                claimFigures.misses().forEach(m -> out.println("  " + m));
            }
            out.printf("split by story (seed %s): tune %d articles, check %d; decide on the check half%n", CorpusSplit.SEED,
                    claimFigures.half(Half.TUNE).articles(), claimFigures.half(Half.CHECK).articles());
            printPart(out, "whole", dedup.whole(), claimFigures.whole());
            for (Half h : Half.values()) {
                printPart(out, h.label(), dedup.half(h), claimFigures.half(h));
            }
            if (dealScores.isEmpty()) {
                out.println("deals: no labelled deal topic aligns with a deal of this run");
            }
            dealScores.forEach(d -> d.render().forEach(out::println));
        }

        private static void printPart(PrintStream out, String part, DedupScore.Pairs dedup, ClaimEval.Figures claims) {
            out.printf("[%s] %d articles%n", part, claims.articles());
            out.println("  dedup english-english: " + dedup.english());
            out.println("  dedup overall:         " + dedup.overall());
            out.println("  bidders per article:   " + claims.bidders());
            out.println("  main claims:           " + claims.claims() + "   (on (actor, action, counterparty); see claims/README.md)");
            out.println("  all claims:            " + claims.allClaims());
        }
    }

    private CorpusEval() {
    }

    /** @param onlyDeal score only this deal id; null scores every deal a labelled topic aligns with */
    public static Report run(Path corpusDir, String onlyDeal) {
        return run(corpusDir, onlyDeal, ClaimExtractor.Method.RULES);
    }

    public static Report run(Path corpusDir, String onlyDeal, ClaimExtractor.Method claimsMethod) {
        ClaimstreamTopology.Stages stages = DefaultStages.load(claimsMethod);
        CorpusRun.Outputs out = CorpusRun.run(corpusDir, stages);
        Labels labels = Labels.read(corpusDir);
        // A copy says what its original says: it is scored with the claims the pipeline read from its piece.
        ClaimEval.Report claimFigures = new ClaimEval(ClaimExtractor.withDefaultDomain()).evaluate(corpusDir, id -> {
            List<Claim> claims = claimsOf(id, out);
            return new ExtractionResult(claims, claims.stream().filter(Claim::getMain).toList(), Optional.empty(), "topology");
        });
        return new Report(out.articles().size(), out.notices().size(),
                out.claimsByPiece().values().stream().mapToInt(List::size).sum(), out.deals().size(),
                DedupScore.of(out.articles(), out.canonicalOf(), labels), claimFigures, dealScores(out, labels, onlyDeal));
    }

    private static List<Claim> claimsOf(String articleId, CorpusRun.Outputs out) {
        return out.claimsByPiece().getOrDefault(out.canonicalOf().getOrDefault(articleId, articleId), List.of());
    }

    private static List<DealScore> dealScores(CorpusRun.Outputs out, Labels labels, String onlyDeal) {
        List<String> ids = out.articles().stream().map(Article::getId).toList();
        Map<String, Set<String>> dealsByArticle = new LinkedHashMap<>();
        for (String id : ids) {
            dealsByArticle.put(id, claimsOf(id, out).stream().map(Claim::getDealId).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        Map<String, Set<String>> topicsByArticle = TopicAlignment.topicsByArticle(ids, labels);
        Map<String, DomainResource.EntityDef> entities = new LinkedHashMap<>();
        DomainResource.loadDefault().entities().forEach(e -> entities.putIfAbsent(e.id(), e));
        Function<Entity, String> stateOf = bidder -> {
            DomainResource.EntityDef def = entities.get(bidder.getId());
            return def != null ? def.state().orElse(null)
                    : bidder.getType() == EntityType.COUNTRY || bidder.getType() == EntityType.BLOC ? bidder.getId() : null;
        };
        List<DealScore> scores = new ArrayList<>();
        TopicAlignment.align(topicsByArticle, dealsByArticle).forEach((dealId, topics) -> {
            if (onlyDeal == null || onlyDeal.equals(dealId)) {
                scores.add(DealScore.of(dealId, out.deals().get(dealId), topics,
                        TopicAlignment.articlesOf(topics, topicsByArticle), labels, stateOf));
            }
        });
        return scores;
    }
}
