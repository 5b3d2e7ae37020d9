package io.claimstream.cli.monitoring;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads. Not a parser: it blanks out what can hold identifiers that are not
 * metrics (string literals, label matchers, range selectors, grouping clauses), then keeps the identifiers that are
 * not function calls or keywords. That is enough for the hand-written queries of a dashboard.
 */
final class PromQlMetricNames {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE_OR_SUBQUERY = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    // A whole identifier that is not part of a number or Grafana variable ($x) and is not called like a function.
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$:.])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\\w:])(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "atan2", "inf", "nan", "Inf", "NaN");

    private PromQlMetricNames() {
    }

    static Set<String> of(String expr) {
        String blanked = expr;
        blanked = STRING.matcher(blanked).replaceAll("\"\"");
        blanked = LABEL_MATCHERS.matcher(blanked).replaceAll("{} ");
        blanked = RANGE_OR_SUBQUERY.matcher(blanked).replaceAll("[] ");
        blanked = GROUPING.matcher(blanked).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(blanked);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
