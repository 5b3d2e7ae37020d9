package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.claims.PhraseMatcher.Match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Turns the labels' free-text parties ("Felix Tshisekedi (DRC)", "United States (Trump administration)",
 * "DRC and Rwanda (foreign ministers)", "M23 (Rwanda-backed)") into entity ids with the same gazetteer the extractor
 * uses: every entity named before the first parenthesis; when none is, the entities inside it. Unresolvable text
 * ("Gulf investors", "peace deal") resolves to the empty set.
 */
final class LabelResolver {

    private final PhraseMatcher<EntityDef> entities;

    LabelResolver(Lexicon lexicon) {
        this.entities = lexicon.entities;
    }

    Set<String> resolve(String label) {
        if (label == null || label.isBlank()) return Set.of();
        int paren = label.indexOf('(');
        Set<String> main = ids(paren < 0 ? label : label.substring(0, paren));
        if (!main.isEmpty() || paren < 0) return main;
        return ids(label.substring(paren));
    }

    /**
     * "peace deal in Doha", "talks at Kinshasa": when the phrase is headed by something that is no entity, an entity
     * after "in/at/near" is where it happened, not who it is; "Washington Agreements for Peace" names an agreement
     * (the extractor reads names the same way, {@link ClauseCues#insideName}).
     */
    private Set<String> ids(String text) {
        Set<String> out = new LinkedHashSet<>();
        List<Match<EntityDef>> found = entities.find(text);
        boolean entityHead = !found.isEmpty() && text.substring(0, found.get(0).start()).replaceAll("(?i)\\bthe\\b", "").isBlank();
        for (Match<EntityDef> m : found) {
            if (!entityHead && LOCATIVE.matcher(text.substring(0, m.start())).find()) continue;
            if (ClauseCues.insideName(text, m.end())) continue;
            out.add(m.value().id());
        }
        return out;
    }

    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|at|near)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
}
