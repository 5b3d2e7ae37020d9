package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.claims.PhraseMatcher.Match;

import java.util.LinkedHashSet;
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

    private Set<String> ids(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Match<EntityDef> m : entities.find(text)) out.add(m.value().id());
        return out;
    }
}
