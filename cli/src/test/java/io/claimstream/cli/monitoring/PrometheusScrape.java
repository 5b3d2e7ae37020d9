package io.claimstream.cli.monitoring;

import java.util.Set;
import java.util.TreeSet;

/** The sample names of a Prometheus text-format scrape (comments and help lines skipped). */
final class PrometheusScrape {

    private PrometheusScrape() {
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
