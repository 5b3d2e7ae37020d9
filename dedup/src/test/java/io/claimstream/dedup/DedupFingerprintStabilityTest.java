package io.claimstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners of {@link TextAnalysis} must find exactly what the regular expressions they replaced
 * found: a fingerprint that changes silently would make every stored fingerprint disagree with new ones.
 */
class DedupFingerprintStabilityTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    private static final Pattern ENTITY = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}]+");
    private static final Pattern LOWER = Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private static final List<String> TRICKY = List.of(
            "", "A", "A b", "McDonald's DRC-Rwanda deal", "U.S. and E.U. talks", "ÉTAT Congolais à Kinshasa",
            "Ünïcödé Straße İstanbul", "21,000 and 21.000 and 1.5.6, 7, 2024. Then 3,", "x1 1x ٣٤ ١٢٣ digits",
            "𝐀bc 𝐁 emoji 😀Abc", "\"Quoted\" 'Single' (Paren) [Bracket]", "tab\tsep\u000Bvt\fff\rcr\nnl  double",
            "ALLCAPS WORDS HERE", "a.b.c 1.2.3.4 12,34,56", "Ǆemal ǅemal dž", "$21 billion US$324Bn 70%",
            "Government Approves Deal. The government said so", "US officials told us", "Us and US and us");

    @Test
    void contentWordsAreTheWordPatternsTokensWithoutStopwords() {
        for (String s : samples()) {
            assertThat(TextAnalysis.contentWords(s)).as(s).isEqualTo(contentWordsByRegex(s));
        }
    }

    @Test
    void capitalisedWordsAreTheCapitalisedWordPatternsMatches() {
        for (String s : samples()) {
            assertThat(TextAnalysis.capitalisedWords(s)).as(s).containsExactlyElementsOf(capitalisedByRegex(s));
        }
    }

    @Test
    void entitiesAreTheCapitalisedMatchesNeverWrittenInLowerCaseUnlessInCapitals() {
        for (String s : samples()) {
            assertThat(TextAnalysis.entities(s)).as(s).containsExactlyElementsOf(entitiesByRegex(s));
        }
    }

    @Test
    void numbersAreTheNumberPatternsMatchesWithoutSeparators() {
        for (String s : samples()) {
            assertThat(TextAnalysis.numbers(s)).as(s).containsExactlyElementsOf(numbersByRegex(s));
        }
    }

    private static List<String> samples() {
        List<String> out = new ArrayList<>(TRICKY);
        String alphabet = "aZ9 .,-'\"\tÉéß٣😀İǅ\u00A0";
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int j = 0; j < len; j++) {
                sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static List<String> contentWordsByRegex(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 2 && !stopword(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> capitalisedByRegex(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!stopword(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> entitiesByRegex(String text) {
        Set<String> lower = new java.util.HashSet<>();
        Matcher l = LOWER.matcher(text);
        while (l.find()) {
            lower.add(l.group().toLowerCase(Locale.ROOT));
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            String token = m.group();
            String w = token.toLowerCase(Locale.ROOT);
            if (!stopword(w) && (token.equals(token.toUpperCase(Locale.ROOT)) || !lower.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> numbersByRegex(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group().replaceAll("[.,]", "");
            if (n.length() >= 2) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean stopword(String lowerWord) {
        return TextAnalysis.STOPWORDS.contains(lowerWord);
    }
}
