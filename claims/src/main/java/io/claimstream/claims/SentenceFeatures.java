package io.claimstream.claims;

import io.claimstream.claims.PhraseMatcher.Match;
import io.claimstream.claims.SentenceClaimFinder.Consideration;
import io.claimstream.claims.SentenceClaimFinder.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a sentence says besides who did what: assets, considerations, hedges, attribution, go-betweens. Stateless. */
final class SentenceFeatures {

    private final Lexicon lexicon;

    SentenceFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Set<Mention> intermediaries(String sentence, List<Mention> mentions) {
        Set<Mention> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            String before = sentence.substring(0, m.start()).stripTrailing();
            String lastWord = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            String after = sentence.substring(m.end()).stripLeading();
            boolean cueAfter = lexicon.intermediaryAfter.find(after).stream().anyMatch(x -> x.start() == 0);
            if (cueAfter || lexicon.intermediaryBefore.contains(lastWord)) out.add(m);
        }
        return out;
    }

    /** Attribution phrases and what follows "according to" up to the next punctuation: sources, not parties. */
    List<int[]> attributionRanges(String sentence) {
        List<int[]> ranges = new ArrayList<>();
        for (Match<String> m : lexicon.attributions.find(sentence)) ranges.add(new int[] {m.start(), m.end()});
        for (Match<String> m : lexicon.attributionMasks.find(sentence)) {
            int end = m.end();
            while (end < sentence.length() && ",;.\"“”".indexOf(sentence.charAt(end)) < 0) end++;
            ranges.add(new int[] {m.start(), end});
        }
        return ranges;
    }

    List<String> assets(String sentence) {
        return lexicon.assets.find(sentence).stream().map(Match::value).distinct().toList();
    }

    List<Consideration> considerations(String sentence) {
        Map<String, Consideration> byKind = new LinkedHashMap<>();
        for (Match<String> m : lexicon.considerations.find(sentence)) {
            byKind.putIfAbsent(m.value(), new Consideration(m.value(), m.surface(), null, null));
        }
        Consideration investment = byKind.get("investment");
        if (investment != null) {
            Optional<AmountParser.Amount> amount = lexicon.amounts.first(sentence);
            amount.ifPresent(a -> byKind.put("investment", new Consideration("investment", investment.surface(), a.value(), a.currency())));
        }
        return List.copyOf(byKind.values());
    }

    List<String> hedges(String sentence) {
        return lexicon.hedges.find(sentence).stream().map(Match::surface).distinct().toList();
    }

    /** The normalised source, else the words after "according to" as written. */
    String attribution(String sentence) {
        List<Match<String>> sources = lexicon.attributions.find(sentence);
        if (!sources.isEmpty()) return sources.get(0).value();
        for (Match<String> m : lexicon.attributionMasks.find(sentence)) {
            int end = m.end();
            while (end < sentence.length() && ",;.\"“”".indexOf(sentence.charAt(end)) < 0) end++;
            String who = sentence.substring(m.end(), end).strip().replaceFirst("(?i)^the\\s+", "");
            if (!who.isEmpty() && who.length() <= 80) return who;
        }
        return null;
    }
}
