package io.claimstream.bench.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cheap editorial rewrite: sentences reordered within each paragraph, common news words swapped for synonyms. */
final class Rewriter {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("says", "states"), Map.entry("told", "informed"),
            Map.entry("company", "firm"), Map.entry("companies", "firms"), Map.entry("increase", "rise"),
            Map.entry("increased", "rose"), Map.entry("decrease", "fall"), Map.entry("decreased", "fell"),
            Map.entry("mln", "million"), Map.entry("pct", "percent"), Map.entry("dlrs", "dollars"),
            Map.entry("billion", "bln"), Map.entry("expected", "anticipated"), Map.entry("about", "around"),
            Map.entry("because", "as"), Map.entry("government", "administration"), Map.entry("officials", "authorities"),
            Map.entry("large", "big"), Map.entry("buy", "purchase"), Map.entry("sell", "offload"),
            Map.entry("agreement", "accord"), Map.entry("talks", "negotiations"), Map.entry("also", "additionally"),
            Map.entry("week", "seven days"), Map.entry("shipments", "deliveries"), Map.entry("prices", "quotes"),
            Map.entry("estimated", "put"), Map.entry("however", "but"), Map.entry("plans", "intends"));
    private static final Pattern WORD = Pattern.compile("\\b[a-z]+\\b");

    private Rewriter() {
    }

    static List<List<String>> rewrite(List<List<String>> paragraphs, SplittableRandom random) {
        List<List<String>> out = new ArrayList<>(paragraphs.size());
        for (List<String> paragraph : paragraphs) {
            List<String> sentences = new ArrayList<>(paragraph.size());
            for (String s : paragraph) {
                sentences.add(swapSynonyms(s));
            }
            if (sentences.size() > 1) {
                Collections.shuffle(sentences, new java.util.Random(random.nextLong()));
            }
            out.add(sentences);
        }
        return out;
    }

    static String swapSynonyms(String sentence) {
        Matcher m = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, SYNONYMS.getOrDefault(m.group(), m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
