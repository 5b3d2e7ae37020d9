package io.claimstream.claims;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether an article is extracted. Only English is: a declared non-English language is skipped outright;
 * an undeclared one ("unknown", blank) is tried as English only when enough of its words are common English
 * function words, because guessing claims from French or Swahili text would produce nonsense.
 */
final class LanguageGate {

    /** Minimum share of English function words among all words for an undeclared text to pass as English. */
    static final double ENGLISH_STOPWORD_RATIO = 0.15;
    /** Below this share a text declared English is plainly not (real English news sits around 0.3-0.45). */
    static final double DECLARED_ENGLISH_FLOOR = 0.06;

    record Decision(boolean english, String basis) {
        Optional<String> skippedReason() {
            return english ? Optional.empty() : Optional.of(basis);
        }
    }

    private final Set<String> stopwords;

    LanguageGate(DomainResource domain) {
        this.stopwords = domain.englishStopwords().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    Decision decide(String declaredLanguage, String text) {
        String lang = declaredLanguage == null ? "" : declaredLanguage.strip().toLowerCase(Locale.ROOT);
        if (lang.equals("en") || lang.startsWith("en-")) {
            // an upstream label is a claim too: French text tagged "en" would only yield nonsense claims
            double ratio = stopwordRatio(text);
            return ratio >= DECLARED_ENGLISH_FLOOR || text.length() < 200
                    ? new Decision(true, "declared:en")
                    : new Decision(false, String.format(Locale.ROOT, "declared-en-not-english:stopword-ratio=%.2f", ratio));
        }
        if (!lang.isEmpty() && !lang.equals("unknown") && !lang.equals("und")) {
            return new Decision(false, "unsupported-language:" + lang);
        }
        double ratio = stopwordRatio(text);
        String figure = String.format(Locale.ROOT, "%.2f", ratio);
        return ratio >= ENGLISH_STOPWORD_RATIO
                ? new Decision(true, "guessed-english:stopword-ratio=" + figure)
                : new Decision(false, "unknown-language-not-english:stopword-ratio=" + figure);
    }

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}']+");

    double stopwordRatio(String text) {
        int words = 0, hits = 0;
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            words++;
            if (stopwords.contains(w)) hits++;
            if (words >= 2000) break;
        }
        return words == 0 ? 0 : (double) hits / words;
    }
}
