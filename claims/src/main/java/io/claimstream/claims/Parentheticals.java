package io.claimstream.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the M23 armed group – which the UN says is backed by Rwanda – has been gaining ground", "Qatar (which hosted the
 * talks) offered": an aside set off by a pair of dashes or by parentheses is the same aside as one set off by commas,
 * which the clause rules read. The rules therefore see such pairs as commas. The replacement keeps every offset, so
 * mentions and evidence still point into the sentence as written.
 */
final class Parentheticals {

    /** A dash pair: " – ... – " (en dash, em dash, or a spaced hyphen / double hyphen); no sentence-ending punctuation inside. */
    private static final Pattern DASH_PAIR = Pattern.compile("(\\s(?:–|—|-{1,2})\\s)([^–—.;:!?()]{3,160}?)(\\s(?:–|—|-{1,2})\\s)");
    private static final Pattern PAREN_PAIR = Pattern.compile("(\\s\\()([^()]{3,160}?)(\\))");

    private Parentheticals() {
    }

    static String asCommas(String sentence) {
        if (sentence.indexOf('(') < 0 && sentence.indexOf('–') < 0 && sentence.indexOf('—') < 0 && !sentence.contains(" -")) {
            return sentence;
        }
        StringBuilder out = new StringBuilder(sentence);
        replacePairs(DASH_PAIR.matcher(sentence), out);
        replacePairs(PAREN_PAIR.matcher(out.toString()), out);
        return out.toString();
    }

    /** Opening " – " becomes ",  " and closing " – " becomes ",  " (comma right after the word, as commas are written). */
    private static void replacePairs(Matcher m, StringBuilder out) {
        while (m.find()) {
            asComma(out, m.start(1), m.end(1));
            asComma(out, m.start(3), m.end(3));
        }
    }

    private static void asComma(StringBuilder out, int start, int end) {
        for (int i = start; i < end; i++) {
            out.setCharAt(i, i == start ? ',' : ' ');
        }
    }
}
