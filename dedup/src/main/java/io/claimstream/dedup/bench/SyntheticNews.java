package io.claimstream.dedup.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic generator of news-like texts for the scaling bench: many topics, each with its own vocabulary and
 * names over a shared Zipf-like background vocabulary, and a share of rewrites of recent articles, so the candidate
 * index sees busy topics and real near-duplicates rather than random noise.
 */
final class SyntheticNews {

    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
        "br", "st", "tr", "pl", "gr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
    private static final int BACKGROUND_WORDS = 40_000;
    private static final int TOPICS = 3_000;
    private static final int TOPIC_WORDS = 150;
    private static final int TOPIC_NAMES = 25;
    private static final double REWRITE_SHARE = 0.1;

    private final SplittableRandom random;
    private final int[][] topicWords = new int[TOPICS][TOPIC_WORDS];
    private final int[][] topicNames = new int[TOPICS][TOPIC_NAMES];
    private final List<String[]> recent = new ArrayList<>();

    SyntheticNews(long seed) {
        random = new SplittableRandom(seed);
        for (int t = 0; t < TOPICS; t++) {
            for (int i = 0; i < TOPIC_WORDS; i++) {
                topicWords[t][i] = BACKGROUND_WORDS + random.nextInt(200_000);
            }
            for (int i = 0; i < TOPIC_NAMES; i++) {
                topicNames[t][i] = random.nextInt(100_000);
            }
        }
    }

    String next() {
        if (recent.size() > 50 && random.nextDouble() < REWRITE_SHARE) {
            return rewrite(recent.get(recent.size() - 1 - random.nextInt(50)));
        }
        int topic = zipf(TOPICS);
        int sentences = 8 + random.nextInt(8);
        String[] lines = new String[sentences];
        for (int s = 0; s < sentences; s++) {
            StringBuilder line = new StringBuilder();
            int words = 12 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                double roll = random.nextDouble();
                String word;
                if (roll < 0.12) {
                    word = name(topicNames[topic][random.nextInt(TOPIC_NAMES)]);
                } else if (roll < 0.45) {
                    word = word(topicWords[topic][random.nextInt(TOPIC_WORDS)]);
                } else if (roll < 0.48) {
                    word = Integer.toString(10 + random.nextInt(5000));
                } else {
                    word = word(zipf(BACKGROUND_WORDS));
                }
                line.append(w == 0 ? capitalise(word) : word).append(' ');
            }
            line.setLength(line.length() - 1);
            lines[s] = line.append('.').toString();
        }
        remember(lines);
        return String.join("\n", lines);
    }

    /** Replaces about a third of the words of each sentence, as a spinner or a hurried rewriter does. */
    private String rewrite(String[] original) {
        String[] lines = new String[original.length];
        for (int s = 0; s < original.length; s++) {
            String[] words = original[s].substring(0, original[s].length() - 1).split(" ");
            for (int w = 1; w < words.length; w++) {
                if (random.nextDouble() < 0.33 && Character.isLowerCase(words[w].charAt(0))) {
                    words[w] = word(zipf(BACKGROUND_WORDS));
                }
            }
            lines[s] = String.join(" ", words) + ".";
        }
        remember(lines);
        return String.join("\n", lines);
    }

    private void remember(String[] lines) {
        recent.add(lines);
        if (recent.size() > 200) {
            recent.remove(0);
        }
    }

    /** Rank ~ 1/u: a few very common items and a long tail. */
    private int zipf(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n, u)) - 1);
    }

    private static String word(int index) {
        StringBuilder s = new StringBuilder();
        int i = index + 20;
        do {
            s.append(ONSETS[i % ONSETS.length]).append(VOWELS[(i / ONSETS.length) % VOWELS.length]);
            i /= ONSETS.length * VOWELS.length;
        } while (i > 0);
        return s.toString();
    }

    private static String name(int index) {
        return capitalise(word(index + 1_000_000)) + "n";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
