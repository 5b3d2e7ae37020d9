package io.claimstream.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.claimstream.text.ContentHash;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article body into the pieces dedup compares: body sentences (site chrome removed), attribution domains,
 * numbers, quotes and capitalised entity tokens. Pure and stateless.
 */
final class TextAnalysis {

    static final Hasher64 HASHER = Hashing.komihash5_0(0x5eed_d0d0L);

    /** A full stop after these ends no sentence: "U.S. President", "Feb. 28", "Mr. Tshisekedi". */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov",
            "sen", "rep", "lt", "col", "sgt", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "ltd", "co", "mt", "ft", "approx", "est");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{24,400})\"");
    /** "Source: x.com", "Original Source: www.x.com", "SOURCE:AFP", "Source: https://x.com/..." on a line of its own. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^\\s*(?:original\\s+)?(?:source|via|credit)\\s*:\\s*(?:https?://)?(?:www\\.)?([\\p{L}\\d.-]+)");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    static final Set<String> STOPWORDS = Set.copyOf(java.util.List.of((
            "the and for with that this from are was were been has have had its their his her they she him them which who"
            + " whom will would said says also but not than into about over after more most while such can could may there"
            + " other our out all any one two new what when where how why per via les des une est pour par dans sur que qui"
            + " aux avec son ses été ont"
            // German, Spanish, Italian and Portuguese function words: without them two texts in one of those
            // languages share most of their "content" words whatever they say.
            + " der die das den dem des und ein eine einer eines einem einen ist sind wird werden wurde nicht mit"
            + " von auf für aus bei nach wie auch als sich sie wir ihr ihre sein seine dass zum zur über unter vor"
            + " hat haben oder aber noch nur bis durch gegen los las del una uno por con para como más pero sus fue"
            + " han ser está son sobre entre desde también este esta ese esa dos tres che gli della delle degli dei nel"
            + " nella alla con per sono non una uno come anche dal dalla suo sua loro stato essere tra fra più"
            + " não uma com para por mais dos das nas nos pelo pela seu sua foi são está").split(" ")));

    private TextAnalysis() {
    }

    /** NFKC with typographic quotes, dashes and odd spaces folded, so copies that differ only in typography agree. */
    static String fold(String text) {
        return ContentHash.foldTypography(text);
    }

    /**
     * @param quoted per sentence: whether most of its letters stand inside quotation marks (a statement it quotes
     *               rather than its own words)
     */
    record Analysed(List<String> bodyLines, List<String> sentences, List<Boolean> quoted, Set<String> attributions) {
    }

    /**
     * Splits into lines, pulls attribution lines out, and drops chrome: a short line without sentence-ending punctuation
     * is a byline, date, section name, share button or caption credit. Longer unpunctuated lines are kept because
     * scraped bodies often break prose mid-sentence.
     */
    static Analysed analyse(String text) {
        Set<String> attributions = new LinkedHashSet<>();
        List<String> body = new ArrayList<>();
        for (String raw : fold(text).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = ATTRIBUTION.matcher(line);
            if (m.find() && line.length() < 120) {
                String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[.-]+$", "");
                attributions.add(name);
                continue;
            }
            if (isProse(line)) {
                body.add(line);
            }
        }
        List<String> sentences = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        for (String line : body) {
            splitSentences(line, sentences, quoted);
        }
        return new Analysed(body, sentences, quoted, attributions);
    }

    /**
     * One pass over a line: a sentence ends at whitespace after '.', '!' or '?' (a closing quote or parenthesis may
     * follow the mark) when the next word starts with a capital, a digit, a quote or a parenthesis, unless the full stop
     * closes an abbreviation or an initial. Tracks, meanwhile, which letters stand inside quotation marks (an unclosed
     * quote runs to the end of its line).
     */
    private static void splitSentences(String line, List<String> sentences, List<Boolean> quoted) {
        int n = line.length();
        int start = 0;
        boolean inQuote = false;
        int letters = 0;
        int quotedLetters = 0;
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (Character.isLetter(c)) {
                letters++;
                if (inQuote) {
                    quotedLetters++;
                }
            }
            if (isRegexSpace(c) && endsSentence(line, i)) {
                int next = i;
                while (next < n && isRegexSpace(line.charAt(next))) {
                    next++;
                }
                if (next < n && startsSentence(line.charAt(next)) && !afterAbbreviation(line, i)) {
                    addSentence(line.substring(start, i), letters, quotedLetters, sentences, quoted);
                    start = next;
                    letters = 0;
                    quotedLetters = 0;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        addSentence(line.substring(start), letters, quotedLetters, sentences, quoted);
    }

    private static void addSentence(String s, int letters, int quotedLetters, List<String> sentences, List<Boolean> quoted) {
        if (!s.isBlank()) {
            sentences.add(s.strip());
            quoted.add(letters > 0 && quotedLetters * 2 > letters);
        }
    }

    /** Whether the characters before {@code at} are '.', '!' or '?', optionally followed by one closing mark. */
    private static boolean endsSentence(String line, int at) {
        if (at == 0) {
            return false;
        }
        char before = line.charAt(at - 1);
        if (before == '"' || before == '\'' || before == ')') {
            before = at >= 2 ? line.charAt(at - 2) : ' ';
        }
        return before == '.' || before == '!' || before == '?';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || c == '"' || c == '\''
                || c == '(' || Character.getType(c) == Character.OTHER_LETTER;
    }

    /** Whether the full stop before {@code breakAt} closes an abbreviation or an initial rather than a sentence. */
    private static boolean afterAbbreviation(String line, int breakAt) {
        int end = breakAt;
        while (end > 0 && "\"')".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || line.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        String word = line.substring(start, end - 1);
        // "U.S." and "J.D.": one letter before the stop; "D.C.": the same
        return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isProse(String line) {
        int words = words(line);
        char last = line.charAt(line.length() - 1);
        boolean ends = last == '.' || last == '!' || last == '?' || last == '"' || last == '\'' || last == ')';
        return ends || words >= 10;
    }

    /** Whitespace-separated words of a stripped line, as {@code line.split("\\s+").length} counts them. */
    private static int words(String line) {
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = isRegexSpace(line.charAt(i));
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return inSpace ? words - 1 : words;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    // The scanners below replace regular expressions on the hottest path of fingerprinting (the WORD, ENTITY and
    // NUMBER patterns): same tokens, same order, a fraction of the cost. DedupFingerprintStabilityTest pins them.

    /** Lower-cased content words: no stopwords, no one- or two-letter tokens. Words are runs of letters and digits. */
    static List<String> contentWords(String sentence) {
        List<String> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        int i = 0, n = lower.length();
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            String w = lower.substring(start, i);
            if (w.length() > 2 && !STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.isDigit(cp);
    }

    /**
     * Names: capitalised words ("Kinshasa", "DRC") that the text never writes in lower case. A word it also writes in
     * lower case is a common word capitalised by position (a title-case headline, the start of a sentence: "Agreement",
     * "Government"), not a name; a word in capitals throughout ("US", "DRC") is an acronym and stays a name whatever
     * else the text writes in lower case.
     */
    static Set<String> entities(String text) {
        Set<String> lowerCase = new java.util.HashSet<>();
        scanWords(text, false, token -> lowerCase.add(token.toLowerCase(Locale.ROOT)));
        Set<String> out = new LinkedHashSet<>();
        scanWords(text, true, token -> {
            String w = token.toLowerCase(Locale.ROOT);
            if (!STOPWORDS.contains(w) && (token.equals(token.toUpperCase(Locale.ROOT)) || !lowerCase.contains(w))) {
                out.add(w);
            }
        });
        return out;
    }

    /** Capitalised words, lower-cased, without stopwords: an upper-case letter not preceded by a letter, then letters. */
    static Set<String> capitalisedWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        scanWords(text, true, token -> {
            String w = token.toLowerCase(Locale.ROOT);
            if (!STOPWORDS.contains(w)) {
                out.add(w);
            }
        });
        return out;
    }

    /**
     * Words (as written) starting with an upper-case letter ({@code upper}, at least two letters) or a lower-case one,
     * not preceded by a letter.
     */
    private static void scanWords(String text, boolean upper, java.util.function.Consumer<String> sink) {
        int i = 0, n = text.length();
        boolean afterLetter = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            int type = Character.getType(cp);
            if (!afterLetter && (upper ? Character.isUpperCase(cp) && type == Character.UPPERCASE_LETTER
                    : type == Character.LOWERCASE_LETTER)) {
                int end = i + len;
                while (end < n && Character.isLetter(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                if (!upper || end > i + len) {
                    sink.accept(text.substring(i, end));
                    i = end;
                    afterLetter = true;
                    continue;
                }
            }
            afterLetter = Character.isLetter(cp);
            i += len;
        }
    }

    /** Numbers with separators removed ("21,000" and "21.000" agree; the language decides which one is decimal). */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0, n = text.length();
        while (i < n) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            while (true) {
                while (i < n && isAsciiDigit(text.charAt(i))) {
                    digits.append(text.charAt(i++));
                }
                // a separator counts only between digits: "21,000" but not "21, 000" or a sentence's final "21."
                if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && isAsciiDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            // Single digits are everywhere (list items, "2 countries"): no evidence of a shared source.
            if (digits.length() >= 2) {
                out.add(digits.toString());
            }
        }
        return out;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            out.add(String.join(" ", contentWords(m.group(1))));
        }
        return out;
    }

    static String domainOf(String urlOrDomain) {
        if (urlOrDomain == null) {
            return null;
        }
        String s = urlOrDomain.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        Matcher m = DOMAIN.matcher(s);
        return m.lookingAt() ? m.group() : s;
    }

    static int hash32(String s) {
        return (int) HASHER.hashCharsToLong(s);
    }

    static short hash16(String s) {
        long h = HASHER.hashCharsToLong(s);
        return (short) (h ^ (h >>> 16) ^ (h >>> 32) ^ (h >>> 48));
    }
}
