package io.claimstream.claims;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sentences with offsets in the original text. Paragraphs (lines) are split first because news bodies put one
 * paragraph per line; inside a paragraph OpenNLP decides, then splits after a known abbreviation ("U.S.", "Jan.") are
 * undone when the next piece starts like a continuation: a digit, a lower-case word, or a capitalised word that is
 * not a common sentence opener ("U.S. President Donald Trump" stays whole, "...with the U.S. The DRC..." splits).
 */
final class SentenceSplitter {

    record Sentence(int start, int end, String text) {}

    private final EnglishNlp nlp;
    private final Set<String> abbreviations;
    /** The last characters of the abbreviations (".", mostly). */
    private final String abbreviationEnds;
    private final Set<String> sentenceOpeners;
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s,;:]+");

    SentenceSplitter(EnglishNlp nlp, DomainResource domain) {
        this.nlp = nlp;
        this.abbreviations = Set.copyOf(domain.abbreviations());
        this.abbreviationEnds = abbreviations.stream().filter(a -> !a.isEmpty())
                .map(a -> String.valueOf(a.charAt(a.length() - 1))).distinct().collect(Collectors.joining());
        this.sentenceOpeners = domain.englishStopwords().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            splitParagraph(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, List<Sentence> out) {
        String paragraph = text.substring(from, to);
        if (paragraph.isBlank()) return;
        List<int[]> pieces = new ArrayList<>();
        for (Span s : nlp.sentenceSpans(paragraph)) {
            int start = s.getStart(), end = s.getEnd();
            if (!pieces.isEmpty() && continuesAfterAbbreviation(paragraph, pieces.get(pieces.size() - 1), start)) {
                pieces.get(pieces.size() - 1)[1] = end;
            } else {
                pieces.add(new int[] {start, end});
            }
        }
        pieces = splitMissedBoundaries(paragraph, pieces);
        for (int[] p : pieces) {
            String sentence = paragraph.substring(p[0], p[1]);
            int lead = sentence.length() - sentence.stripLeading().length();
            String stripped = sentence.strip();
            if (!stripped.isEmpty()) out.add(new Sentence(from + p[0] + lead, from + p[0] + lead + stripped.length(), stripped));
        }
    }

    /** "... a deal with the U.S. The talks ...": the model keeps it whole; an abbreviation + opener ends a sentence. */
    private List<int[]> splitMissedBoundaries(String paragraph, List<int[]> pieces) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : pieces) {
            int start = p[0];
            int i = p[0];
            while (i < p[1]) {
                int space = paragraph.indexOf(' ', i);
                if (space < 0 || space >= p[1]) break;
                int wordStart = paragraph.lastIndexOf(' ', space - 1) + 1;
                String word = paragraph.substring(Math.max(wordStart, start), space);
                if (endsWithAbbreviation(word) && space + 1 < p[1]) {
                    String next = WORD_BREAK.split(paragraph.substring(space + 1, p[1]), 2)[0];
                    if (!next.isEmpty() && Character.isUpperCase(next.charAt(0))
                            && sentenceOpeners.contains(next.toLowerCase(Locale.ROOT))) {
                        out.add(new int[] {start, space});
                        start = space + 1;
                    }
                }
                i = space + 1;
            }
            out.add(new int[] {start, p[1]});
        }
        return out;
    }

    private boolean continuesAfterAbbreviation(String paragraph, int[] previous, int nextStart) {
        String prev = paragraph.substring(previous[0], previous[1]).stripTrailing();
        int lastSpace = prev.lastIndexOf(' ');
        String lastWord = prev.substring(lastSpace + 1);
        if (!endsWithAbbreviation(lastWord)) return false;
        String next = paragraph.substring(nextStart).stripLeading();
        if (next.isEmpty()) return false;
        char first = next.charAt(0);
        if (Character.isDigit(first) || Character.isLowerCase(first)) return true;
        String firstWord = WORD_BREAK.split(next, 2)[0].toLowerCase(Locale.ROOT);
        return Character.isUpperCase(first) && !sentenceOpeners.contains(firstWord);
    }

    /** Called for every word of the text: no regex, and a word whose last character ends no abbreviation is out at once. */
    private boolean endsWithAbbreviation(String word) {
        if (word.isEmpty() || abbreviationEnds.indexOf(word.charAt(word.length() - 1)) < 0) return false;
        int from = 0;
        while (from < word.length() && OPENING_MARKS.indexOf(word.charAt(from)) >= 0) from++;
        return abbreviations.contains(word.substring(from));
    }

    private static final String OPENING_MARKS = "\"'([";
}
