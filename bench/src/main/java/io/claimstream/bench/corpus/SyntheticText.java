package io.claimstream.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fallback when the Reuters corpus is unavailable: news-shaped sentences from a small vocabulary, deterministic
 * for a seed. Texts are real-size but not real language, so claim extraction finds little in them; the harness warns.
 */
public final class SyntheticText {

    private static final String[] SUBJECTS = {"The ministry", "The company", "Officials", "The central bank", "Analysts",
        "The board", "Traders", "The government", "Shareholders", "The agency", "Exporters", "The union"};
    private static final String[] VERBS = {"said", "reported", "expected", "announced", "estimated", "confirmed",
        "forecast", "denied", "noted", "warned"};
    private static final String[] OBJECTS = {"output", "exports", "prices", "the harvest", "quarterly profit",
        "the tender", "shipments", "stocks", "demand", "the merger", "credit lines", "tariffs", "imports", "the bid"};
    private static final String[] PLACES = {"in Chicago", "in Brussels", "in Tokyo", "in Buenos Aires", "in Ottawa",
        "in Rotterdam", "in Sydney", "in Nairobi", "in Jakarta", "in Frankfurt"};

    private SyntheticText() {
    }

    public static List<SourceDocument> documents(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SourceDocument> docs = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            List<String> sentences = new ArrayList<>();
            int n = 4 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                sentences.add(pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                        + pick(random, PLACES) + " rose " + (1 + random.nextInt(40)) + "." + random.nextInt(10)
                        + " pct to " + (10 + random.nextInt(990)) + " mln dlrs in the period ended " + month(random)
                        + " " + (1 + random.nextInt(28)) + ", item " + d + "-" + i + ".");
            }
            docs.add(new SourceDocument("Market report " + d, sentences));
        }
        return docs;
    }

    private static String month(SplittableRandom random) {
        return pick(random, new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"});
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
