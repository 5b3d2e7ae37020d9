package io.claimstream.dedup.eval;

import io.claimstream.corpus.Half;
import io.claimstream.corpus.Score;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise figures of one dedup run against gold stories, with the pairs it got wrong; {@code overall} and
 * {@code english} for the whole corpus, {@code byHalf} for its tune and check halves.
 */
public record EvalReport(Score overall, Score english, Map<Half, Figures> byHalf, List<WrongPair> wrongPairs,
                         int articles, int duplicatesFound, double meanFingerprintBytes, int maxFingerprintBytes) {

    /**
     * One half's figures. A pair counts for a half when either article lies in it: gold pairs never cross halves
     * (a story is wholly in one), so only false merges across halves count twice, once against each.
     */
    public record Figures(Score overall, Score english) {
    }

    public Figures half(Half half) {
        return byHalf.get(half);
    }

    /**
     * @param error "false-merge" (same predicted cluster, different stories) or "missed" (same story, split)
     * @param score the judge's direct similarity of the two articles (0 when it found none)
     */
    public record WrongPair(String error, String idA, String idB, String titleA, String titleB, String sourceA,
                            String sourceB, double score, String detail) {
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles=%d duplicates=%d fingerprint bytes mean=%.0f max=%d%n",
                articles, duplicatesFound, meanFingerprintBytes, maxFingerprintBytes));
        out.append("overall (all languages): ").append(overall).append('\n');
        out.append("english-english:         ").append(english).append('\n');
        for (Half h : Half.values()) {
            out.append(String.format(Locale.ROOT, "%-5s half: overall %s, english-english %s%n", h.label(),
                    byHalf.get(h).overall(), byHalf.get(h).english()));
        }
        out.append("wrong pairs (").append(wrongPairs.size()).append("):\n");
        for (WrongPair w : wrongPairs) {
            out.append(String.format(Locale.ROOT, "  %-11s %s (%s) ~ %s (%s) score=%.2f %s%n      %s | %s%n",
                    w.error(), w.idA(), w.sourceA(), w.idB(), w.sourceB(), w.score(), w.detail(),
                    abbreviate(w.titleA()), abbreviate(w.titleB())));
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        if (s == null || s.isBlank()) {
            return "(untitled)";
        }
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
