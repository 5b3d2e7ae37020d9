package io.claimstream.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the Reuters-21578 texts that Debian's {@code weka} package ships as ARFF files
 * ({@code @attribute Text string}, one quoted, backslash-escaped document per data line). The Corn and Grain files
 * hold the same texts with different labels, so texts are de-duplicated across files.
 */
public final class ReutersArff {

    private ReutersArff() {
    }

    public static List<SourceDocument> read(List<Path> files) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                int end = line.lastIndexOf("',");
                if (line.startsWith("'") && end > 1) {
                    texts.add(unescape(line.substring(1, end)));
                }
            }
        }
        List<SourceDocument> docs = new ArrayList<>();
        for (String text : texts) {
            SourceDocument doc = document(text);
            if (doc.sentences().size() >= 2) {
                docs.add(doc);
            }
        }
        return docs;
    }

    /** Reuters stories open with an upper-case slug ("BAHIA COCOA REVIEW Showers continued ..."): that is the headline. */
    static SourceDocument document(String text) {
        String[] tokens = text.trim().split("\\s+");
        int slug = 0;
        while (slug < tokens.length && isUpperWord(tokens[slug])) {
            slug++;
        }
        if (slug == tokens.length) {
            slug = 0; // an all-capitals text: no slug to tell apart
        }
        String headline = slug >= 2 ? titleCase(String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, slug))) : "";
        String body = slug >= 2 ? String.join(" ", java.util.Arrays.copyOfRange(tokens, slug, tokens.length)) : text;
        return new SourceDocument(headline, Sentences.split(body));
    }

    private static boolean isUpperWord(String token) {
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'n', 'r' -> '\n';
                    case 't' -> ' ';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
