package io.claimstream.cli.eval;

import io.claimstream.corpus.Half;
import io.claimstream.corpus.Score;
import io.claimstream.schema.Article;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Pairwise dedup figures: two articles are a gold pair when they share a story, a predicted pair when the topology
 * gave them the same canonical piece. Per half, a pair counts when either article lies in it: gold pairs never cross
 * halves (a story lies wholly in one), so only a false merge across halves counts against both.
 */
record DedupScore(Pairs whole, Map<Half, Pairs> halves, List<String> wrongPairs) {

    /** Every pair, and the pairs of two articles the corpus declares English. */
    record Pairs(Score overall, Score english) {
        static final Pairs EMPTY = new Pairs(Score.ZERO, Score.ZERO);

        Pairs plus(Score pair, boolean bothEnglish) {
            return new Pairs(overall.plus(pair), bothEnglish ? english.plus(pair) : english);
        }
    }

    Pairs half(Half h) {
        return halves.getOrDefault(h, Pairs.EMPTY);
    }

    static DedupScore of(List<Article> articles, Map<String, String> canonicalOf, Labels labels) {
        Pairs whole = Pairs.EMPTY;
        Map<Half, Pairs> halves = new EnumMap<>(Half.class);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                boolean gold = labels.story(a.getId()).equals(labels.story(b.getId()));
                boolean predicted = canonicalOf.get(a.getId()).equals(canonicalOf.get(b.getId()));
                if (!gold && !predicted) {
                    continue;
                }
                Score pair = new Score(gold && predicted ? 1 : 0, predicted && !gold ? 1 : 0, gold && !predicted ? 1 : 0);
                boolean bothEnglish = "en".equals(language(a)) && "en".equals(language(b));
                whole = whole.plus(pair, bothEnglish);
                for (Half h : EnumSet.of(labels.half(a.getId()), labels.half(b.getId()))) {
                    halves.put(h, halves.getOrDefault(h, Pairs.EMPTY).plus(pair, bothEnglish));
                }
                if (pair.truePositives() == 0) {
                    wrong.add(String.format("%-11s %s (%s) ~ %s (%s)", predicted ? "false-merge" : "missed",
                            a.getId(), a.getSourceDomain(), b.getId(), b.getSourceDomain()));
                }
            }
        }
        return new DedupScore(whole, halves, wrong);
    }

    /** The language the corpus declares, which is what the figures are defined over; detection otherwise. */
    private static String language(Article a) {
        return a.getAttributes().getOrDefault("declaredLanguage", a.getLanguage());
    }
}
