package io.claimstream.cli.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL a Grafana dashboard JSON runs: every panel target (rows' nested panels too) and variable queries. */
record DashboardQueries(List<Query> queries) {

    /** One expression, with where it sits, for failure messages. */
    record Query(String where, String expr) {
    }

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");

    static DashboardQueries read(Path dashboardJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dashboardJson.toFile());
        List<Query> out = new ArrayList<>();
        collectPanels(root.path("panels"), out);
        for (JsonNode variable : root.path("templating").path("list")) {
            String q = variable.path("query").isTextual() ? variable.path("query").asText()
                    : variable.path("query").path("query").asText("");
            // label_values(metric, label): only the metric is a series name; rewritten so the extractor sees just it.
            Matcher m = LABEL_VALUES.matcher(q);
            if (m.find()) {
                out.add(new Query("variable " + variable.path("name").asText(), m.group(1)));
            }
        }
        return new DashboardQueries(List.copyOf(out));
    }

    private static void collectPanels(JsonNode panels, List<Query> out) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.hasNonNull("expr")) {
                    out.add(new Query("panel '" + panel.path("title").asText() + "' " + target.path("refId").asText(),
                            target.path("expr").asText()));
                }
            }
            collectPanels(panel.path("panels"), out);
        }
    }
}
