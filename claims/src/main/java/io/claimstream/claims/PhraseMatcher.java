package io.claimstream.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds gazetteer phrases in a sentence by characters rather than tokens, so "DRC-controlled", "M23/AFC" and "U.S.'s"
 * still match whatever the tokenizer does with them. Acronyms (no lower-case letter, e.g. "US", "U.S.", "AP") match
 * case-sensitively so "us" and "ap" never do; other phrases match case-insensitively unless the matcher is
 * case-sensitive. Overlaps resolve to the longest, leftmost phrase. Immutable and thread-safe.
 */
final class PhraseMatcher<T> {

    record Match<T>(T value, int start, int end, String surface) {}

    private record Entry<T>(String phrase, String lower, boolean exactCase, T value) {}

    private final Map<Character, List<Entry<T>>> byFirstChar = new HashMap<>();

    private PhraseMatcher() {}

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static final class Builder<T> {
        private final PhraseMatcher<T> matcher = new PhraseMatcher<>();

        Builder<T> add(String phrase, T value) {
            return add(phrase, value, isAcronym(phrase));
        }

        Builder<T> add(String phrase, T value, boolean exactCase) {
            if (phrase == null || phrase.isBlank()) return this;
            String trimmed = phrase.strip();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            matcher.byFirstChar.computeIfAbsent(lower.charAt(0), c -> new ArrayList<>())
                    .add(new Entry<>(trimmed, lower, exactCase, value));
            return this;
        }

        PhraseMatcher<T> build() {
            matcher.byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<T> e) -> e.lower.length()).reversed()));
            return matcher;
        }
    }

    static boolean isAcronym(String phrase) {
        return phrase.chars().noneMatch(Character::isLowerCase) && phrase.chars().anyMatch(Character::isUpperCase);
    }

    /** Non-overlapping matches, left to right, longest first at each position. */
    List<Match<T>> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match<T> match = atBoundary(text, i) ? longestAt(text, lower, i) : null;
            if (match != null) {
                found.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Match<T> longestAt(String text, String lower, int i) {
        // toLowerCase keeps lengths for the scripts this matcher sees; fall back to no match if it ever does not
        if (lower.length() != text.length()) return null;
        List<Entry<T>> candidates = byFirstChar.get(lower.charAt(i));
        if (candidates == null) return null;
        char next = i + 1 < lower.length() ? lower.charAt(i + 1) : 0;
        for (Entry<T> e : candidates) {
            // most candidates sharing the first letter already differ at the second: skip them before the full compare
            if (!e.exactCase && e.lower.length() > 1 && e.lower.charAt(1) != ' ' && e.lower.charAt(1) != next) continue;
            int end = e.exactCase ? (text.startsWith(e.phrase, i) ? i + e.phrase.length() : -1) : looseEnd(lower, i, e.lower);
            if (end < 0) continue;
            if (!e.exactCase && shouted(text, i, end, e.phrase)) continue;
            if (endsAtBoundary(text, end, e.lower)) {
                return new Match<>(e.value, i, end, text.substring(i, end));
            }
        }
        return null;
    }

    /**
     * Where {@code phrase} ends if it starts at {@code i} in the lower-cased text, else -1. A space in the phrase
     * matches any run of spaces and quotation marks: "“daily exchanges” with" and "'daily exchanges' with" hold
     * "exchanges with" (an apostrophe next to a space can only be a quote there: the run must hold a space).
     */
    private static int looseEnd(String lower, int i, String phrase) {
        int t = i;
        for (int p = 0; p < phrase.length(); p++) {
            char c = phrase.charAt(p);
            if (c == ' ') {
                int runStart = t;
                while (t < lower.length() && (Character.isWhitespace(lower.charAt(t)) || QUOTES.indexOf(lower.charAt(t)) >= 0)) t++;
                if (t == runStart || !hasSpace(lower, runStart, t)) return -1;
            } else {
                if (t >= lower.length() || lower.charAt(t) != c) return -1;
                t++;
            }
        }
        return t;
    }

    private static final String QUOTES = "\"'“”‘’«»";

    private static boolean hasSpace(String text, int from, int to) {
        for (int k = from; k < to; k++) if (Character.isWhitespace(text.charAt(k))) return true;
        return false;
    }

    /** "WASHINGTON, June 28 (AP)": an all-caps dateline is a place line, not a mention of the mixed-case name. */
    private static boolean shouted(String text, int start, int end, String phrase) {
        if (end - start < 5 || phrase.chars().noneMatch(Character::isLowerCase)) return false;
        return text.substring(start, end).chars().noneMatch(Character::isLowerCase);
    }

    private static boolean atBoundary(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean endsAtBoundary(String text, int end, String phrase) {
        if (end >= text.length()) return true;
        char last = phrase.charAt(phrase.length() - 1);
        return !Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(text.charAt(end));
    }
}
