package io.claimstream.claims;

import io.claimstream.claims.DomainResource.ActionDef;
import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.schema.Action;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A DomainResource compiled into matchers once, so per-sentence work is lookups only. Immutable, thread-safe. */
final class Lexicon {

    final DomainResource domain;
    final PhraseMatcher<EntityDef> entities;
    final PhraseMatcher<String> assets;
    final PhraseMatcher<String> resourceCues;
    final PhraseMatcher<String> considerations;
    final PhraseMatcher<String> hedges;
    final PhraseMatcher<String> attributions;
    final PhraseMatcher<String> attributionMasks;
    final PhraseMatcher<String> intermediaryAfter;
    final PhraseMatcher<Action> actionPhrases;
    final Set<String> intermediaryBefore;
    final Set<String> negations;
    final Map<String, Action> actionByLemma = new HashMap<>();
    final Map<Action, ActionDef> actionDefs = new EnumMap<>(Action.class);
    final AmountParser amounts;
    /** The host as a party for claims that default to it (see {@link Discourse}); null if the file names no such entity. */
    final EntityDef hostEntity;
    final Set<Action> hostConflictActions;
    private final Set<String> irregularForms;
    /** Irregular forms with their lemma given in the file ("sought" -> "seek"): no statistical lemmatizer needed. */
    private final Map<String, String> irregularLemmas = new HashMap<>();
    /** Every lemma of the file without its POS limit: what {@link #mayTrigger} looks for. */
    private final Set<String> triggerWords = new java.util.HashSet<>();

    /**
     * The action token i triggers: by its form; else by a regular English inflection of a trigger ("talks",
     * "seized", "offering", "pledged"), checked against the POS tag; else, for the irregular forms the domain file
     * lists ("took", "sought"), by the OpenNLP lemma. The statistical lemmatizer costs about ten times the tagger,
     * so it only runs where a rule cannot decide. "host:VERB" in the file limits a word to one POS.
     */
    Action action(EnglishNlp.TaggedSentence tagged, int i) {
        String form = tagged.tokens()[i].toLowerCase(Locale.ROOT);
        String tag = tagged.tags()[i];
        String coarse = tag.startsWith("VB") ? "VERB" : tag.startsWith("NN") ? "NOUN" : tag;
        Action byForm = lookup(form, coarse);
        if (byForm != null) return byForm;
        for (String stem : regularStems(form)) {
            Action byStem = lookup(stem, coarse);
            // "succeeded in hosting both leaders": a gerund tagged as a noun is still the verb's action
            if (byStem == null && coarse.equals("NOUN") && form.endsWith("ing")) byStem = lookup(stem, "VERB");
            if (byStem != null) return byStem;
        }
        String listedLemma = irregularLemmas.get(form);
        if (listedLemma != null) return lookup(listedLemma, coarse);
        return irregularForms.contains(form) ? lookup(tagged.lemma(i), coarse) : null;
    }

    /**
     * Whether any word of the sentence could trigger an action, read without tagging: a lemma of the file in any POS,
     * a regular inflection of one, an irregular form, or an action phrase. A superset of what {@link #action} accepts
     * once tags are known, so a sentence that fails it needs no tagging at all.
     */
    boolean mayTrigger(String sentence) {
        int i = 0, n = sentence.length();
        while (i < n) {
            while (i < n && !Character.isLetter(sentence.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(sentence.charAt(i))) i++;
            if (i > start && triggerWord(sentence.substring(start, i).toLowerCase(Locale.ROOT))) return true;
        }
        return !actionPhrases.find(sentence).isEmpty();
    }

    private boolean triggerWord(String form) {
        if (triggerWords.contains(form) || irregularForms.contains(form)) return true;
        String listedLemma = irregularLemmas.get(form);
        if (listedLemma != null) return triggerWords.contains(listedLemma);
        for (String stem : regularStems(form)) {
            if (triggerWords.contains(stem)) return true;
        }
        return false;
    }

    /** The action a bare word triggers, by form or regular inflection, with no POS to check ("brokered"). */
    Action actionOfWord(String word) {
        String form = word.toLowerCase(Locale.ROOT);
        Action a = lookup(form, "VERB");
        if (a != null) return a;
        for (String stem : regularStems(form)) {
            a = lookup(stem, "VERB");
            if (a != null) return a;
        }
        return null;
    }

    private Action lookup(String word, String coarseTag) {
        Action a = actionByLemma.get(word + ":" + coarseTag);
        return a != null ? a : actionByLemma.get(word);
    }

    private static final String[] SUFFIXES = {"ing", "ied", "ies", "ed", "es", "s", "d"};

    private static java.util.List<String> regularStems(String form) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String suffix : SUFFIXES) {
            if (form.length() <= suffix.length() + 2 || !form.endsWith(suffix)) continue;
            String stem = form.substring(0, form.length() - suffix.length());
            if (suffix.startsWith("ie")) {
                out.add(stem + "y");
                continue;
            }
            out.add(stem);
            out.add(stem + "e");
            int n = stem.length();
            if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) out.add(stem.substring(0, n - 1));
        }
        return out;
    }

    Lexicon(DomainResource domain) {
        this.domain = domain;
        PhraseMatcher.Builder<EntityDef> e = PhraseMatcher.builder();
        domain.entities().forEach(def -> {
            e.add(def.name(), def);
            def.aliases().forEach(a -> e.add(a, def));
        });
        entities = e.build();
        PhraseMatcher.Builder<String> a = PhraseMatcher.builder();
        domain.assets().forEach(def -> {
            a.add(def.id(), def.id(), false);
            def.aliases().forEach(x -> a.add(x, def.id(), false));
        });
        assets = a.build();
        PhraseMatcher.Builder<String> r = PhraseMatcher.builder();
        domain.resourceCues().forEach(x -> r.add(x, x, false));
        domain.assets().forEach(def -> def.aliases().forEach(x -> r.add(x, def.id(), false)));
        resourceCues = r.build();
        PhraseMatcher.Builder<String> c = PhraseMatcher.builder();
        domain.considerations().forEach(def -> def.cues().forEach(x -> c.add(x, def.kind())));
        considerations = c.build();
        hedges = caseSensitiveWithCapitalised(domain.hedges());
        PhraseMatcher.Builder<String> at = PhraseMatcher.builder();
        domain.attributions().forEach(def -> {
            at.add(def.name(), def.name());
            def.cues().forEach(x -> at.add(x, def.name()));
        });
        attributions = at.build();
        attributionMasks = caseInsensitive(domain.attributionMaskCues());
        intermediaryAfter = caseInsensitive(domain.intermediaryAfter());
        intermediaryBefore = lowerSet(domain.intermediaryBefore());
        negations = lowerSet(domain.negations());
        PhraseMatcher.Builder<Action> p = PhraseMatcher.builder();
        for (ActionDef def : domain.actions()) {
            actionDefs.putIfAbsent(def.action(), def);
            // the first action listing a lemma owns it, so the file's order settles ambiguous words
            def.lemmas().forEach(l -> actionByLemma.putIfAbsent(lemmaKey(l), def.action()));
            def.lemmas().forEach(l -> triggerWords.add(lemmaKey(l).replaceFirst(":.*", "")));
            def.phrases().forEach(x -> p.add(x, def.action(), false));
        }
        actionPhrases = p.build();
        irregularForms = lowerSet(domain.irregularTriggerForms());
        domain.irregularTriggerLemmas().forEach((form, lemma) ->
                irregularLemmas.put(form.toLowerCase(Locale.ROOT), lemma.toLowerCase(Locale.ROOT)));
        amounts = new AmountParser(domain.currencies(), domain.multipliers());
        hostEntity = domain.entities().stream().filter(x -> x.id().equals(domain.host())).findFirst().orElse(null);
        hostConflictActions = domain.hostConflictActions().isEmpty() ? Set.of() : java.util.EnumSet.copyOf(domain.hostConflictActions());
    }

    private static String lemmaKey(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? spec.toLowerCase(Locale.ROOT)
                : spec.substring(0, colon).toLowerCase(Locale.ROOT) + ":" + spec.substring(colon + 1).toUpperCase(Locale.ROOT);
    }

    private static PhraseMatcher<String> caseInsensitive(Iterable<String> phrases) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        phrases.forEach(x -> b.add(x, x, false));
        return b.build();
    }

    /** Hedge words like "may" must not fire on the month "May": match as written, or capitalised at sentence start. */
    private static PhraseMatcher<String> caseSensitiveWithCapitalised(Iterable<String> phrases) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        for (String x : phrases) {
            b.add(x, x, true);
            // "May" is a month: single short words only hedge in lower case
            if (x.length() > 3 || x.contains(" ")) b.add(Character.toUpperCase(x.charAt(0)) + x.substring(1), x, true);
        }
        return b.build();
    }

    private static Set<String> lowerSet(java.util.Collection<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
