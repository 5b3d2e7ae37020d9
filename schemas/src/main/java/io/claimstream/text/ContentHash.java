package io.claimstream.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The definition of {@code Article.contentHash}: SHA-256 over the normalised text. It lives beside the schemas because
 * it is part of the contract: the producer writes it and dedup relies on two texts that differ only in case, quote
 * style or spacing hashing alike.
 */
public final class ContentHash {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ContentHash() {
    }

    /** NFKC, typographic quotes and dashes folded to ASCII, lower case, whitespace collapsed. */
    public static String normalise(String text) {
        return WHITESPACE.matcher(foldTypography(text).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * NFKC with typographic quotes, dashes and odd spaces folded to ASCII, so texts that differ only in typography
     * agree. ASCII text is returned as it is (NFKC and the folds leave it unchanged), which spares the normaliser.
     */
    public static String foldTypography(String text) {
        if (isAscii(text)) {
            return text;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
                case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
