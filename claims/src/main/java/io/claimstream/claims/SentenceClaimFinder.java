package io.claimstream.claims;

import io.claimstream.claims.DomainResource.ActionDef;
import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.claims.EnglishNlp.TaggedSentence;
import io.claimstream.claims.PhraseMatcher.Match;
import io.claimstream.schema.Action;
import io.claimstream.schema.Polarity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Claims in one sentence, by rules over OpenNLP tokens/tags and the gazetteer (full list in claims/README.md,
 * "How a sentence becomes claims"):
 * <ul>
 *   <li>a trigger is a word whose form, regular inflection or lemma the domain file lists for an action, or an
 *       action phrase; a verb framing a to-infinitive trigger yields to it;</li>
 *   <li>the actor: a possessor right before a nominal trigger ("China's dominance"), a passive or nominal agent, a
 *       relative clause's antecedent, else the nearest entity before that is no prepositional object
 *       ({@link ClauseCues});</li>
 *   <li>the counterparty: a coordinated co-subject for mutual actions, else the first entity after the trigger not
 *       on the actor's side, else the sentence's subject;</li>
 *   <li>later triggers add a claim only with a new subject or a possessive actor, which keeps "offering access to
 *       ..." from turning the counterparty into an actor;</li>
 *   <li>entities inside attribution ("according to U.N. reports") never fill a role.</li>
 * </ul>
 * Pure: no I/O, no shared mutable state.
 */
final class SentenceClaimFinder {

    static final int MAX_CLAIMS_PER_SENTENCE = 3;
    private static final int NEGATION_WINDOW = 3;
    private static final Set<String> TRIGGER_TAGS = Set.of("VERB", "NOUN", "PROPN", "ADJ", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "NNP", "JJ");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^(?:['’]s\\s*(?:[\\p{L}-]+\\s+)?|\\s+)$");
    static final Pattern CLAUSE_PUNCT = Pattern.compile("[,;:.()\"“”]");

    record Mention(EntityDef entity, int start, int end, String surface) {}

    record Consideration(String kind, String surface, Double amount, String currency) {}

    record Found(Mention actor, Action action, Polarity polarity, Mention counterparty, List<Mention> intermediaries,
                 List<String> assets, List<Consideration> considerations, List<String> hedges, String attribution,
                 boolean aboutResources) {}

    record Trigger(Action action, int start, int end, int token, boolean nominal) {}

    private final Lexicon lexicon;
    private final SentenceFeatures features;

    SentenceClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.features = new SentenceFeatures(lexicon);
    }

    /** Tagging is deferred: most sentences name no entity and never need tokens, tags or lemmas. */
    List<Found> find(String sentence, java.util.function.Supplier<TaggedSentence> tagging) {
        List<int[]> masked = features.attributionRanges(sentence);
        List<Mention> mentions = new ArrayList<>();
        List<Mention> modifiers = new ArrayList<>();
        for (Match<EntityDef> m : lexicon.entities.find(sentence)) {
            if (inside(m.start(), m.end(), masked)) continue;
            Mention mention = new Mention(m.value(), m.start(), m.end(), m.surface());
            if (compoundModifier(sentence, m.end())) modifiers.add(mention);
            else mentions.add(mention);
        }
        if (mentions.isEmpty()) return List.of();
        TaggedSentence tagged = tagging.get();
        List<Trigger> triggers = triggers(sentence, tagged, mentions);
        if (triggers.isEmpty()) return List.of();
        Set<Mention> goBetweens = features.intermediaries(sentence, mentions);

        List<Found> found = new ArrayList<>();
        Trigger previous = null;
        Mention previousCounterparty = null;
        for (Trigger t : triggers) {
            if (found.size() >= MAX_CLAIMS_PER_SENTENCE) break;
            ActionDef def = lexicon.actionDefs.get(t.action());
            Roles roles = roles(sentence, t, mentions, goBetweens, def);
            if (roles == null) continue;
            if (previous != null && !roles.possessive()) {
                boolean afterPrevious = roles.actor().start() >= previous.end();
                boolean newSubject = afterPrevious
                        && (previousCounterparty == null || roles.actor().entity() != previousCounterparty.entity()
                            || ClauseCues.subjectOfFiniteVerb(sentence, roles.actor(), t, tagged));
                if (!newSubject) continue;
            }
            Mention actor = roles.actor();
            boolean duplicate = found.stream().anyMatch(f -> f.actor().entity() == actor.entity() && f.action() == t.action());
            if (duplicate) continue;
            found.add(new Found(actor, t.action(), polarity(tagged, t), roles.counterparty(),
                    goBetweens.stream().filter(m -> m.entity() != actor.entity()).toList(),
                    features.assets(sentence), features.considerations(sentence), features.hedges(sentence), features.attribution(sentence),
                    !lexicon.resourceCues.find(sentence).isEmpty()));
            previous = t;
            previousCounterparty = roles.counterparty();
        }
        found.addAll(compoundClaims(sentence, mentions, modifiers, found));
        return found;
    }

    private record Roles(Mention actor, Mention counterparty, boolean possessive) {}

    private Roles roles(String sentence, Trigger t, List<Mention> mentions, Set<Mention> goBetweens, ActionDef def) {
        Mention possessive = null, before = null, passiveAgent = null;
        boolean nominal = t.nominal();
        for (Mention m : mentions) {
            if (m.end() <= t.start() && !goBetweens.contains(m)) {
                if (nominal && POSSESSIVE_GAP.matcher(sentence.substring(m.end(), t.start())).matches()) possessive = m;
                if (!ClauseCues.objectOfPreposition(sentence, m)) before = m;
            }
        }
        passiveAgent = ClauseCues.passiveAgent(sentence, t, mentions);
        if (passiveAgent == null && nominal) passiveAgent = ClauseCues.nominalAgent(sentence, t, mentions);
        if (before != null) before = ClauseCues.beforeApposition(sentence, before, t, mentions, goBetweens);
        Mention antecedent = ClauseCues.relativeAntecedent(sentence, t, mentions, goBetweens);
        if (antecedent != null) before = antecedent;
        Mention afterClause = ClauseCues.firstAfterClause(sentence, t, mentions, goBetweens);
        Mention actor;
        boolean isPossessive = false;
        if (possessive != null && def.allowsActor(possessive.entity().type())) {
            actor = possessive;
            isPossessive = true;
        } else if (passiveAgent != null && def.allowsActor(passiveAgent.entity().type())) {
            actor = passiveAgent;
        } else if (before != null && def.allowsActor(before.entity().type())) {
            actor = before;
        } else if (before == null && afterClause != null && def.allowsActor(afterClause.entity().type())) {
            // "Although no formal proposal has been made, DRC legislators ...": an agentless opening clause
            // belongs to the main clause's subject
            actor = afterClause;
        } else {
            return null;
        }
        Mention counterparty = null;
        Mention coSubject = ClauseCues.RECIPROCAL.contains(def.action()) ? ClauseCues.coordinatedWith(sentence, actor, mentions) : null;
        if (coSubject != null && def.allowsActor(coSubject.entity().type())) {
            // "the EU and Rwanda signed": the first named leads, the second is the other party
            counterparty = actor;
            actor = coSubject;
        }
        for (Mention m : mentions) {
            if (counterparty != null) break;
            if (m.start() < t.end() || m == actor || goBetweens.contains(m)) continue;
            if (ClauseCues.sameSide(m.entity(), actor.entity()) || !def.allowsCounterparty(m.entity().type())) continue;
            counterparty = m;
            break;
        }
        if (counterparty == null && actor == passiveAgent && before != null && !ClauseCues.sameSide(before.entity(), actor.entity())
                && def.allowsCounterparty(before.entity().type())) {
            counterparty = before;
        }
        // "The DRC, which ..., has been fighting M23 rebels who have seized swathes of its territory": the
        // sentence's subject is the other party when nothing follows the trigger
        Mention subject = mentions.get(0);
        if (counterparty == null && subject.start() < actor.start() && !ClauseCues.sameSide(subject.entity(), actor.entity())
                && !ClauseCues.objectOfPreposition(sentence, subject)
                && !goBetweens.contains(subject) && def.allowsCounterparty(subject.entity().type())) {
            counterparty = subject;
        }
        return new Roles(actor, counterparty, isPossessive);
    }

    private List<Trigger> triggers(String sentence, TaggedSentence tagged, List<Mention> mentions) {
        Map<Integer, Trigger> byStart = new LinkedHashMap<>();
        for (Match<Action> m : lexicon.actionPhrases.find(sentence)) {
            if (!inside(m.start(), m.end(), mentionRanges(mentions))) {
                byStart.put(m.start(), new Trigger(m.value(), m.start(), m.end(), tagged.tokenAtOrAfter(m.start()), false));
            }
        }
        boolean headline = headline(tagged);
        for (int i = 0; i < tagged.size(); i++) {
            int start = tagged.spans()[i].getStart(), end = tagged.spans()[i].getEnd();
            if (byStart.containsKey(start) || !TRIGGER_TAGS.contains(tagged.tags()[i])) continue;
            if (inside(start, end, mentionRanges(mentions))) continue;
            Action action = lexicon.action(tagged, i);
            String tag = tagged.tags()[i];
            // "Commissioner for International Partnerships": a capitalised word inside running text is part of a name
            if (!headline && i > 0 && Character.isUpperCase(tagged.tokens()[i].charAt(0))) continue;
            boolean nominal = tag.startsWith("N") || tag.equals("PROPN");
            if (action != null) byStart.put(start, new Trigger(action, start, end, i, nominal));
        }
        List<Trigger> ordered = byStart.values().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        return withoutControlVerbs(sentence, ordered);
    }

    private static final Pattern TO_GAP = Pattern.compile("^\\s+to\\s+$");

    /**
     * "pledged to sign", "plans to invest", "agreed to continue talks": a verb taking a to-infinitive that is itself a
     * trigger only frames it; the infinitive is the action (the framing word still hedges through the hedge list).
     */
    private static List<Trigger> withoutControlVerbs(String sentence, List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            boolean framesNext = i + 1 < triggers.size() && !t.nominal()
                    && TO_GAP.matcher(sentence.substring(t.end(), Math.max(t.end(), triggers.get(i + 1).start()))).matches();
            if (!framesNext) out.add(t);
        }
        return out;
    }

    /** Title Case ("Rwanda, Democratic Republic of Congo Sign U.S.-Brokered Peace Agreement"): capitals mean nothing. */
    private static boolean headline(TaggedSentence tagged) {
        int words = 0, capitalised = 0;
        for (String token : tagged.tokens()) {
            if (token.isEmpty() || !Character.isLetter(token.charAt(0)) || token.length() <= 3) continue;
            words++;
            if (Character.isUpperCase(token.charAt(0))) capitalised++;
        }
        return words > 0 && capitalised * 10 >= words * 7;
    }

    private static List<int[]> mentionRanges(List<Mention> mentions) {
        return mentions.stream().map(m -> new int[] {m.start(), m.end()}).toList();
    }

    /** "no formal proposal", "has not been signed", "did not offer": a negation shortly before the trigger. */
    private Polarity polarity(TaggedSentence tagged, Trigger t) {
        for (int i = t.token() - 1; i >= 0 && i >= t.token() - NEGATION_WINDOW; i--) {
            String word = tagged.tokens()[i].toLowerCase(Locale.ROOT);
            if (lexicon.negations.contains(word)) return Polarity.NEGATED;
            String tag = tagged.tags()[i];
            // a full verb in between means the negation belongs to that verb ("not yet decided on this proposed ...")
            if ((tag.equals("VERB") || tag.startsWith("VB")) && !ClauseCues.AUXILIARIES.contains(word)) return Polarity.ASSERTED;
        }
        return Polarity.ASSERTED;
    }

    /**
     * "a U.S.-brokered peace agreement", "a United States–mediated accord": the modifier is the actor of the verb it
     * is glued to; the parties are the sentence's other entities (the first one not on the modifier's side).
     */
    private List<Found> compoundClaims(String sentence, List<Mention> mentions, List<Mention> modifiers, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Mention mod : modifiers) {
            int wordStart = mod.end() + 1, wordEnd = wordStart;
            while (wordEnd < sentence.length() && Character.isLetter(sentence.charAt(wordEnd))) wordEnd++;
            Action action = lexicon.actionOfWord(sentence.substring(wordStart, wordEnd));
            if (action == null || !lexicon.actionDefs.get(action).allowsActor(mod.entity().type())) continue;
            boolean known = found.stream().anyMatch(f -> f.actor().entity() == mod.entity() && f.action() == action);
            if (known || out.stream().anyMatch(f -> f.action() == action)) continue;
            Mention party = mentions.stream().filter(m -> !ClauseCues.sameSide(m.entity(), mod.entity())).findFirst().orElse(null);
            if (party == null) continue;
            out.add(new Found(mod, action, Polarity.ASSERTED, party, List.of(), features.assets(sentence), features.considerations(sentence),
                    features.hedges(sentence), features.attribution(sentence), !lexicon.resourceCues.find(sentence).isEmpty()));
        }
        return out;
    }

    /** "U.S.-brokered", "US-dollar", "DRC-controlled": a modifier, not a party. */
    private static boolean compoundModifier(String sentence, int end) {
        return end + 1 < sentence.length() && (sentence.charAt(end) == '-' || sentence.charAt(end) == '–')
                && Character.isLetter(sentence.charAt(end + 1));
    }

    static boolean inside(int start, int end, List<int[]> ranges) {
        for (int[] r : ranges) if (start >= r[0] && end <= r[1]) return true;
        return false;
    }

}
