package io.claimstream.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A plain sentence splitter (no break after initials like "U.S."): enough to cut and recombine news text. */
final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<![A-Z]\\.[A-Z]\\.)(?<=[.!?])[\"']?\\s+(?=[A-Z0-9\"(])");
    /** Fragments shorter than this are wire noise ("Reuter", page furniture) rather than sentences. */
    private static final int MIN_CHARS = 25;

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        String clean = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
        for (String s : BOUNDARY.split(clean)) {
            String t = s.trim();
            if (t.length() >= MIN_CHARS) {
                out.add(t);
            }
        }
        return out;
    }
}
