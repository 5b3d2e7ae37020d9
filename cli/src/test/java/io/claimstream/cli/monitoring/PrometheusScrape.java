package io.claimstream.cli.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sample names of a Prometheus text-format scrape (comments and help lines skipped). */
final class PrometheusScrape {

    private PrometheusScrape() {
    }

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The label sets of every sample named {@code name}. */
    static List<Map<String, String>> series(String exposition, String name) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name + "{")) {
                Map<String, String> labels = new TreeMap<>();
                Matcher m = LABEL.matcher(line.substring(name.length() + 1, line.indexOf('}')));
                while (m.find()) {
                    labels.put(m.group(1), m.group(2));
                }
                out.add(labels);
            }
        }
        return out;
    }

    static Set<String> sampleNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }
}
