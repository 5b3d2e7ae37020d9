package io.claimstream.cli.eval;

import io.claimstream.schema.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pairwise dedup figures: two articles are a gold pair when they share a story, a predicted pair when the topology
 * gave them the same canonical piece.
 */
record DedupScore(PairScore overall, PairScore english, List<String> wrongPairs) {

    static DedupScore of(List<Article> articles, Map<String, String> canonicalOf, Labels labels) {
        PairScore all = new PairScore(0, 0, 0);
        PairScore en = new PairScore(0, 0, 0);
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
                int tp = gold && predicted ? 1 : 0;
                int fp = predicted && !gold ? 1 : 0;
                int fn = gold && !predicted ? 1 : 0;
                all = all.plus(tp, fp, fn);
                if ("en".equals(language(a)) && "en".equals(language(b))) {
                    en = en.plus(tp, fp, fn);
                }
                if (tp == 0) {
                    wrong.add(String.format("%-11s %s (%s) ~ %s (%s)", fp == 1 ? "false-merge" : "missed",
                            a.getId(), a.getSourceDomain(), b.getId(), b.getSourceDomain()));
                }
            }
        }
        return new DedupScore(all, en, wrong);
    }

    /** The language the corpus declares, which is what the figures are defined over; detection otherwise. */
    private static String language(Article a) {
        return a.getAttributes().getOrDefault("declaredLanguage", a.getLanguage());
    }
}
