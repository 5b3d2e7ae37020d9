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
import java.util.Optional;
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
final class SentenceClaimFinder implements ClaimFinder {

    static final int MAX_CLAIMS_PER_SENTENCE = 3;
    private static final int NEGATION_WINDOW = 3;
    private static final Set<String> TRIGGER_TAGS = Set.of("VERB", "NOUN", "PROPN", "ADJ", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "NNP", "JJ");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^(?:['’]s\\s*(?:[\\p{L}-]+\\s+)?|\\s+)$");
    private static final Pattern SAXON_GENITIVE = Pattern.compile("['’]s\\s");
    static final Pattern CLAUSE_PUNCT = Pattern.compile("[,;:.()\"“”]");

    record Mention(EntityDef entity, int start, int end, String surface) {}

    record Consideration(String kind, String surface, Double amount, String currency) {}

    record Found(Mention actor, Action action, Polarity polarity, Mention counterparty, List<Mention> intermediaries,
                 List<String> assets, List<Consideration> considerations, List<String> hedges, String attribution,
                 boolean aboutResources) {}

    /** @param mutual the action involves its parties alike (SIGN, NEGOTIATE, or a pledge to sign): co-subjects pair up */
    record Trigger(Action action, int start, int end, int token, boolean nominal, boolean mutual) {
        Trigger(Action action, int start, int end, int token, boolean nominal) {
            this(action, start, end, token, nominal, ClauseCues.RECIPROCAL.contains(action));
        }
    }

    private final Lexicon lexicon;
    private final SentenceFeatures features;

    SentenceClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.features = new SentenceFeatures(lexicon);
    }

    /** Tagging is deferred: most sentences name no entity and never need tokens, tags or lemmas. */
    List<Found> find(String sentence, java.util.function.Supplier<TaggedSentence> tagging) {
        return find(sentence, tagging, null, (subject, named) -> {});
    }

    /**
     * @param pronounReferent who "He"/"She"/"They" opening the sentence stands for (the previous claim's actor, see
     *     {@link Discourse#pronounReferent()}); it acts only when no entity in the sentence can
     * @param seen receives the sentence's subject when it is a named entity (the first entity that is no
     *     prepositional object, outside attributions; "Tshisekedi wrote to Trump" -> Tshisekedi), else null, and every
     *     entity the sentence names; read from the mentions this pass finds anyway, so resolving "He" or "The group"
     *     costs no second gazetteer pass
     */
    @Override
    public List<Found> find(String sentence, java.util.function.Supplier<TaggedSentence> tagging, Mention pronounReferent,
                            java.util.function.BiConsumer<Mention, List<Mention>> seen) {
        SentenceMentions named = mentions(sentence);
        List<Mention> mentions = named.parties();
        List<Mention> modifiers = named.modifiers();
        seen.accept(named.subject(), mentions);
        if (mentions.isEmpty()) return List.of();
        // tagging is most of the cost: a sentence with no word that could trigger an action is done here
        if (!lexicon.mayTrigger(sentence) && !DEAL_REACHED.matcher(sentence).find()) return List.of();
        TaggedSentence tagged = tagging.get();
        List<Trigger> triggers = triggers(sentence, tagged, mentions);
        if (triggers.isEmpty()) return List.of();
        Set<Mention> goBetweens = features.intermediaries(sentence, mentions);
        Optional<Enumerations.Enumeration> enumeration = Enumerations.find(sentence, triggers, mentions);
        if (enumeration.isPresent()) {
            // the listed entities act through the enumeration claims only; the other triggers see the rest
            Enumerations.Enumeration e = enumeration.get();
            triggers = triggers.stream().filter(t -> t != e.trigger()).toList();
            mentions = mentions.stream().filter(m -> !e.members().contains(m)).toList();
        }

        List<Found> found = new ArrayList<>();
        Trigger previous = null;
        Mention previousCounterparty = null;
        for (Trigger listed : triggers) {
            if (found.size() >= MAX_CLAIMS_PER_SENTENCE) break;
            Trigger t = listed;
            ActionDef def = lexicon.actionDefs.get(t.action());
            Mention referent = pronounReferent == null ? null : atPronoun(sentence, pronounReferent);
            Roles roles = roles(sentence, t, mentions, goBetweens, def, referent);
            if (roles == null && def.otherActorsAction() != null) {
                // no actor of the types the action allows: the words may mean another action for other actors
                t = new Trigger(def.otherActorsAction(), t.start(), t.end(), t.token(), t.nominal());
                def = lexicon.actionDefs.get(t.action());
                roles = roles(sentence, t, mentions, goBetweens, def, referent);
            }
            if (roles == null) continue;
            if (previous != null && !roles.possessive()) {
                boolean afterPrevious = roles.actor().start() >= previous.end();
                boolean newSubject = afterPrevious
                        && (previousCounterparty == null || roles.actor().entity() != previousCounterparty.entity()
                            || ClauseCues.subjectOfFiniteVerb(sentence, roles.actor(), t, tagged));
                if (!newSubject) continue;
            }
            Mention actor = roles.actor();
            Action action = t.action();
            boolean duplicate = found.stream().anyMatch(f -> f.actor().entity() == actor.entity() && f.action() == action);
            if (duplicate) continue;
            found.add(new Found(actor, t.action(), polarity(tagged, t), roles.counterparty(),
                    goBetweens.stream().filter(m -> m.entity() != actor.entity()).toList(),
                    features.assets(sentence), features.considerations(sentence), features.hedges(sentence), features.attribution(sentence),
                    !lexicon.resourceCues.find(sentence).isEmpty()));
            previous = t;
            previousCounterparty = roles.counterparty();
            if (!ClauseCues.RECIPROCAL.contains(t.action()) && eachOther(sentence, t) && roles.counterparty() != null
                    && def.allowsActor(roles.counterparty().entity().type()) && found.size() < MAX_CLAIMS_PER_SENTENCE) {
                // each of them did it to the other: "expelled each other's diplomats" is two claims
                Found first = found.get(found.size() - 1);
                Mention other = roles.counterparty();
                found.add(new Found(other, first.action(), first.polarity(), first.actor(),
                        first.intermediaries().stream().filter(m -> m.entity() != other.entity()).toList(),
                        first.assets(), first.considerations(), first.hedges(), first.attribution(), first.aboutResources()));
            }
        }
        found.addAll(compoundClaims(sentence, mentions, modifiers, found));
        List<Mention> outsideList = mentions;
        enumeration.ifPresent(e -> found.addAll(enumerationClaims(sentence, tagged, e, outsideList, goBetweens)));
        return found;
    }

    /**
     * The entities a sentence names outside its attributions: parties, and modifiers glued to a word by a hyphen
     * ("U.S.-brokered"); subject = the first party that is no prepositional object, unless a pronoun opens the sentence.
     */
    record SentenceMentions(List<Mention> parties, List<Mention> modifiers, Mention subject) {}

    SentenceMentions mentions(String sentence) {
        List<int[]> masked = features.attributionRanges(sentence);
        List<Mention> mentions = new ArrayList<>();
        List<Mention> modifiers = new ArrayList<>();
        for (Match<EntityDef> m : lexicon.entities.find(sentence)) {
            if (inside(m.start(), m.end(), masked)) continue;
            // "US$324Bn": a currency prefix, not a party
            if (m.end() < sentence.length() && sentence.charAt(m.end()) == '$') continue;
            if (ClauseCues.insideName(sentence, m.end())) continue;
            if (ClauseCues.namesATopic(sentence, m.end())) continue;
            Mention mention = new Mention(m.value(), m.start(), m.end(), m.surface());
            if (compoundModifier(sentence, m.end())) modifiers.add(mention);
            else mentions.add(mention);
        }
        boolean pronounFirst = PRONOUN_SUBJECT.matcher(sentence).lookingAt();
        Mention subject = pronounFirst ? null
                : mentions.stream().filter(m -> !ClauseCues.objectOfPreposition(sentence, m)).findFirst().orElse(null);
        return new SentenceMentions(List.copyOf(mentions), List.copyOf(modifiers), subject);
    }

    /** One claim per listed entity; the other party is the first entity outside the list not on the member's side. */
    private List<Found> enumerationClaims(String sentence, TaggedSentence tagged, Enumerations.Enumeration e,
                                          List<Mention> others, Set<Mention> goBetweens) {
        ActionDef def = lexicon.actionDefs.get(e.trigger().action());
        List<Found> out = new ArrayList<>();
        for (Mention member : e.members()) {
            if (!def.allowsActor(member.entity().type())) continue;
            Mention party = others.stream()
                    .filter(m -> !goBetweens.contains(m) && !ClauseCues.sameSide(m.entity(), member.entity())
                            && def.allowsCounterparty(m.entity().type()))
                    .findFirst().orElse(null);
            out.add(new Found(member, e.trigger().action(), polarity(tagged, e.trigger()), party,
                    goBetweens.stream().filter(m -> m.entity() != member.entity()).toList(),
                    features.assets(sentence), features.considerations(sentence), features.hedges(sentence),
                    features.attribution(sentence), !lexicon.resourceCues.find(sentence).isEmpty()));
        }
        return out;
    }

    private record Roles(Mention actor, Mention counterparty, boolean possessive) {}

    /**
     * A personal pronoun as the sentence's first word ("He also asked ...", "\"They want ..."), or a definite
     * description of an armed group ("The group seized Goma", "The rebels ..."; see {@link #GROUP_SUBJECT}).
     */
    private static final String SENTENCE_OPENING = "^[\\s\"“']*";
    private static final String GROUP_DESCRIPTION = "The\\s+(?:rebel\\s+|armed\\s+)?(?:group|rebels|militia|movement)\\b";
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(SENTENCE_OPENING + "(?:(?:He|She|They)\\b|" + GROUP_DESCRIPTION + ")");

    /** "The group", "the rebels", "the militia" opening a sentence: the armed group last named, not just any subject. */
    static final Pattern GROUP_SUBJECT = Pattern.compile(SENTENCE_OPENING + GROUP_DESCRIPTION);

    /** The referent placed where its pronoun stands (so position rules read the sentence), or null without one. */
    private static Mention atPronoun(String sentence, Mention referent) {
        java.util.regex.Matcher m = PRONOUN_SUBJECT.matcher(sentence);
        if (!m.lookingAt()) return null;
        return new Mention(referent.entity(), m.end() - (m.group().strip().replaceAll("^[\"“']+", "").length()), m.end(), referent.surface());
    }

    /**
     * "met under the mediation of Qatari Emir Tamim", "talks hosted by Angola": whoever mediates an event is no party
     * to it (the MEDIATE trigger itself makes them its actor).
     */
    private static final Pattern MEDIATOR_BEFORE = Pattern.compile(
            "\\b(?:mediation|auspices|mediated|brokered|facilitated|hosted|convened)\\s+(?:of|by)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    private static boolean mediatorOfTheEvent(String sentence, Mention m) {
        return MEDIATOR_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 50), m.start())).find();
    }

    private static final Pattern REDUCED_RELATIVE_HEAD = Pattern.compile(
            "\\b" + ClauseCues.DEAL_NOUNS + "\\s+$", Pattern.CASE_INSENSITIVE);

    /** "Armed groups, particularly the M23 rebellion, ...": the class an example belongs to is not its other party. */
    private static final Pattern EXAMPLE_OF = Pattern.compile(
            "^\\s*,?\\s*(?:particularly|notably|especially|including|such as|like|namely|chiefly|mainly)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSE_OPENER = Pattern.compile("\\b(?:where|when|whereas|while|because|although|though|unless|whose)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern AGREEMENT_OBJECT = Pattern.compile(
            "^\\s+(?:of\\s+)?(?:the|its|their|this|that|a|an)?\\s*(?:[\\p{L}’'-]+\\s+){0,2}?"
            + ClauseCues.DEAL_NOUNS + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<Action> PLACE_ACTIONS = java.util.EnumSet.of(Action.INVEST, Action.SEIZE);
    private static final Pattern WHERE_GAP = Pattern.compile("^\\s*,?\\s*where\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern INFINITIVE_OBJECT_BEFORE = Pattern.compile("\\bto\\s+\\p{Ll}+\\s+(?:the\\s+|a\\s+|an\\s+)?$");

    private static final Pattern COORDINATED_VERB_GAP = Pattern.compile("^(?:\\s+[\\p{Ll}-]+){0,2}\\s+and\\s+(?:then\\s+|also\\s+)?$");

    /**
     * "underscoring the need for U.S. partnership", "called for EU investment": what someone needs or calls for
     * from X is their wish (SEEK, REQUEST), not X's move.
     */
    private static final Pattern WISHED_FOR = Pattern.compile(
            "\\b(?:need|needs|call|calls|called|calling|hope|hopes|push|pushed|pushing|desire|demand|demands|demanded|appeal|appealed)"
            + "\\s+for\\s+(?:more\\s+|greater\\s+|further\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern GERUND_ADJUNCT = Pattern.compile("\\b(?:by|after|before|while|through|upon)\\s+$", Pattern.CASE_INSENSITIVE);

    private static boolean tokenEndsWithIng(String sentence, Trigger t) {
        int end = t.start();
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) end++;
        return sentence.substring(t.start(), end).toLowerCase(Locale.ROOT).endsWith("ing");
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|a|an|this|that|its|their)\\s+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern DEAL_NOUN_AFTER = Pattern.compile(
            "\\s+(?:[\\p{L}-]+\\s+)?" + ClauseCues.DEAL_NOUNS + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern RECEIVED = Pattern.compile(
            "\\b(?:receiv(?:e|es|ed|ing)|get|gets|got|obtain(?:s|ed)?)\\s+(?:a|an|the|any|its|their)?\\s*(?:[“”\"'\\p{L}-]+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EVENT_REFERENCE = Pattern.compile(
            "\\b(?:before|after|during|ahead of|following|since|at|for)\\s+the\\s+$", Pattern.CASE_INSENSITIVE);

    private Roles roles(String sentence, Trigger t, List<Mention> mentions, Set<Mention> goBetweens, ActionDef def,
                        Mention pronounReferent) {
        Mention possessive = null, before = null, passiveAgent = null;
        boolean nominal = t.nominal();
        if (nominal && t.mutual()) {
            Mention[] parties = ClauseCues.betweenParties(sentence, t, mentions);
            if (parties != null && def.allowsActor(parties[0].entity().type()) && def.allowsCounterparty(parties[1].entity().type())) {
                return new Roles(parties[0], parties[1], false);
            }
        }
        for (Mention m : mentions) {
            if (m.end() <= t.start() && !goBetweens.contains(m)) {
                String gap = sentence.substring(m.end(), t.start());
                // "China's dominance", and with a possessive 's also an adjective: "China's dominant position"
                if ((nominal || SAXON_GENITIVE.matcher(gap).lookingAt()) && POSSESSIVE_GAP.matcher(gap).matches()
                        && !WISHED_FOR.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()) possessive = m;
                if (!ClauseCues.objectOfPreposition(sentence, m) && (t.action() == Action.MEDIATE || !mediatorOfTheEvent(sentence, m))) before = m;
            }
        }
        passiveAgent = ClauseCues.passiveAgent(sentence, t, mentions);
        if (passiveAgent == null && nominal) passiveAgent = ClauseCues.nominalAgent(sentence, t, mentions);
        if (before != null) before = ClauseCues.beforeApposition(sentence, before, t, mentions, goBetweens);
        Mention antecedent = ClauseCues.relativeAntecedent(sentence, t, mentions, goBetweens);
        if (antecedent != null) before = antecedent;
        Mention afterClause = ClauseCues.firstAfterClause(sentence, t, mentions, goBetweens);
        String lead = sentence.substring(Math.max(0, t.start() - 30), t.start());
        Mention infinitiveSubject = ClauseCues.forToSubject(sentence, t, mentions);
        if (infinitiveSubject != null) {
            // "the potential for the U.S. to utilize diplomatic pressure or sanctions": "for X to" names who does it
            before = infinitiveSubject;
        }
        if (!nominal && GERUND_ADJUNCT.matcher(lead).find() && tokenEndsWithIng(sentence, t)) {
            // "KoBold ... is making a move into the DRC by reaching a deal to acquire AVZ's stake": a gerund adjunct
            // has no subject of its own; it is the main clause's, not the nearest entity's
            Mention subject = ClauseCues.clauseSubject(sentence, t, mentions, goBetweens);
            if (subject != null) before = subject;
        }
        if (!nominal && before != null && INFINITIVE_OBJECT_BEFORE.matcher(sentence.substring(Math.max(0, before.start() - 30), before.start())).find()
                && COORDINATED_VERB_GAP.matcher(sentence.substring(before.end(), t.start())).matches()) {
            // "wanted to bring the US on board and supply it with minerals": the object of the first infinitive is
            // not the subject of the verb coordinated with it; both share the clause's subject
            Mention subject = ClauseCues.clauseSubject(sentence, t, mentions, goBetweens);
            if (subject != null && subject != before) before = subject;
        }
        boolean participle = sentence.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).matches(".*(?:ed|en)$");
        if (!nominal && passiveAgent == null && participle && REDUCED_RELATIVE_HEAD.matcher(lead).find()) {
            // "a failed peace deal signed on March 23, 2009": a participle right after the deal it describes is a
            // reduced passive; only a "by" agent signed it, not whoever the sentence named before
            before = null;
            afterClause = null;
        }
        if (!nominal && passiveAgent == null && participle && sentence.startsWith(" by ", t.end())) {
            // "mining practices facilitated by foreign actors like Rwanda": a passive whose agent is no entity of
            // the gazetteer; the entities before it are neither its actor nor its object
            before = null;
            afterClause = null;
        }
        if (participle && t.action() == Action.SIGN && DETERMINER_BEFORE.matcher(lead).find() && DEAL_NOUN_AFTER.matcher(sentence.substring(t.end())).lookingAt()) {
            // "the concluded agreement", "a signed memorandum": a participle used as an adjective names a deal told
            // elsewhere; nobody in this sentence signs it, not even a pronoun's referent ("this proposed agreement"
            // still reads as its parties' proposal: the DRC "has not yet decided on" it)
            before = null;
            afterClause = null;
            pronounReferent = null;
        }
        if (!nominal && !t.mutual() && passiveAgent == null && ClauseCues.PASSIVE_BEFORE.matcher(lead).find() && participle) {
            // "the eastern provinces are coveted for their wealth": a passive with no "by" agent names only what is
            // acted on; the entity before it is no actor ("the deal with Rwanda was signed" still pairs the signers)
            before = null;
            afterClause = null;
        }
        if (RECEIVED.matcher(sentence.substring(Math.max(0, t.start() - 40), t.start())).find()) {
            // "provided it receives a commercially acceptable offer" (a noun, whatever the tagger says): whoever
            // receives it is the other party; only its own agent ("an offer by X", "X's offer") makes it
            before = null;
            afterClause = null;
            pronounReferent = null;
        }
        if (nominal && EVENT_REFERENCE.matcher(sentence.substring(Math.max(0, t.start() - 20), t.start())).find()) {
            // "shortly before the signing", "during the talks": a reference to an event told elsewhere; only its
            // own agent ("the signing by X", "X's talks") may act, not whoever stands nearby
            before = null;
            afterClause = null;
        }
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
        } else if (before == null && pronounReferent != null && def.allowsActor(pronounReferent.entity().type())) {
            // "He sent a letter to Trump offering ...": the pronoun's referent acts; the sentence's entities stay parties
            actor = pronounReferent;
        } else {
            return null;
        }
        Mention counterparty = null;
        Mention coSubject = t.mutual() && mentions.contains(actor)
                ? ClauseCues.coordinatedWith(sentence, actor, mentions) : null;
        if (coSubject != null && def.allowsActor(coSubject.entity().type())) {
            // "the EU and Rwanda signed": the first named leads, the second is the other party
            counterparty = actor;
            actor = coSubject;
        } else if (coSubject != null) {
            // "M23 and the DRC pledged to sign": a co-subject that may not lead is still the other party, never a
            // third entity named later in the sentence
            counterparty = coSubject;
        }
        for (Mention m : mentions) {
            if (counterparty != null) break;
            // "hopes to regain position in the mining sector where China has emerged": an entity inside a clause
            // opened after the trigger belongs to that clause's verb
            if (m.start() >= t.end() && CLAUSE_OPENER.matcher(sentence.substring(t.end(), m.start())).find()) break;
            if (m.start() < t.end() || m == actor || goBetweens.contains(m) || ClauseCues.speaker(sentence, m)
                    || ClauseCues.venue(sentence, m, t) || t.action() != Action.MEDIATE && mediatorOfTheEvent(sentence, m)) continue;
            if (ClauseCues.sameSide(m.entity(), actor.entity()) || !def.allowsCounterparty(m.entity().type())) continue;
            counterparty = m;
            break;
        }
        if (counterparty != null && t.action() == Action.MEDIATE && lexicon.hostEntity != null) {
            // "mediated direct talks between Kagame and Tshisekedi": a mediator stands between two parties; the one
            // on the host's side is the story's
            Mention other = ClauseCues.secondOfBetween(sentence, counterparty, mentions);
            if (other != null && ClauseCues.sameSide(other.entity(), lexicon.hostEntity)) counterparty = other;
        }
        if (counterparty == null && actor == passiveAgent && before != null && !ClauseCues.sameSide(before.entity(), actor.entity())
                && def.allowsCounterparty(before.entity().type())) {
            counterparty = before;
        }
        if (counterparty == null && PLACE_ACTIONS.contains(t.action())) {
            // "particularly in Rwanda, where Qatar Airways holds a 60 per cent stake": a place the where-clause
            // hangs on is what is invested in or seized
            for (Mention m : mentions) {
                if (m.end() <= actor.start() && WHERE_GAP.matcher(sentence.substring(m.end(), actor.start())).matches()
                        && !ClauseCues.sameSide(m.entity(), actor.entity()) && def.allowsCounterparty(m.entity().type())) counterparty = m;
            }
        }
        // "The DRC, which ..., has been fighting M23 rebels who have seized swathes of its territory": the
        // sentence's subject is the other party when nothing follows the trigger
        Mention subject = mentions.get(0);
        if (counterparty == null && subject.start() < actor.start() && !ClauseCues.sameSide(subject.entity(), actor.entity())
                && !ClauseCues.SUBORDINATE_CLAUSE.matcher(sentence.substring(subject.end(), actor.start())).find()
                && !ClauseCues.objectOfPreposition(sentence, subject)
                && !EXAMPLE_OF.matcher(sentence.substring(subject.end(), actor.start())).lookingAt()
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
        java.util.regex.Matcher reached = DEAL_REACHED.matcher(sentence);
        while (reached.find()) {
            if (!byStart.containsKey(reached.start())) {
                int verbEnd = reached.group(1) != null ? reached.end(1) : reached.end(2);
                byStart.put(reached.start(), new Trigger(Action.SIGN, reached.start(), verbEnd,
                        tagged.tokenAtOrAfter(reached.start()), false));
            }
        }
        boolean headline = headline(tagged);
        for (int i = 0; i < tagged.size(); i++) {
            int start = tagged.spans()[i].getStart(), end = tagged.spans()[i].getEnd();
            if (byStart.containsKey(start) || !TRIGGER_TAGS.contains(tagged.tags()[i])) continue;
            if (inside(start, end, mentionRanges(mentions))) continue;
            Action action = lexicon.action(tagged, i);
            Action onAgreement = action == null ? null : lexicon.actionDefs.get(action).agreementAction();
            if (onAgreement != null && AGREEMENT_OBJECT.matcher(sentence).region(end, sentence.length()).lookingAt()) {
                // "freeze the memorandum", "suspending the agreement": the domain file's agreementAction (a SANCTION
                // word held against a deal puts the deal on hold)
                action = onAgreement;
            }
            String tag = tagged.tags()[i];
            // "Commissioner for International Partnerships": a capitalised word inside running text is part of a name
            if (!headline && i > 0 && Character.isUpperCase(tagged.tokens()[i].charAt(0))) continue;
            // "for the European Union to acquire": greedy tagging sometimes calls an infinitive a noun; a bare word
            // right after "to" without a noun ending is the verb
            boolean infinitive = i > 0 && tagged.tokens()[i - 1].equalsIgnoreCase("to") && !NOUN_ENDING.matcher(tagged.tokens()[i]).find();
            boolean nominal = (tag.startsWith("N") || tag.equals("PROPN")) && !infinitive;
            // "agreed to form a body", "agree to continue": agreeing to do something else signs nothing
            if (action == Action.SIGN && tagged.tokens()[i].toLowerCase(Locale.ROOT).startsWith("agree")
                    && sentence.startsWith(" to ", end)) continue;
            // "to sell its interests in Manono", "Chinese interests in Africa": plural interests are holdings, not a wish
            if (action == Action.SEEK && tagged.tokens()[i].equalsIgnoreCase("interests")) continue;
            if (action != null) byStart.put(start, new Trigger(action, start, end, i, nominal));
        }
        List<Trigger> ordered = byStart.values().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        return withoutControlVerbs(sentence, ordered).stream()
                .filter(t -> !conditionalConjunction(sentence, t))
                .map(t -> intendedNotDone(sentence, t))
                .map(t -> reciprocal(sentence, t))
                .toList();
    }

    private static final Pattern EACH_OTHER_AFTER = Pattern.compile("^[^,;:.]{0,30}?\\b(?:each other|one another)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MUTUALLY_BEFORE = Pattern.compile("\\b(?:mutually|reciprocally)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "Belgium and Rwanda have expelled each other's diplomats", "mutually expelled": a reciprocal object makes any
     * action mutual, so coordinated subjects pair up (and each acts on the other, see {@link #find}).
     */
    private static Trigger reciprocal(String sentence, Trigger t) {
        return !t.mutual() && eachOther(sentence, t) ? new Trigger(t.action(), t.start(), t.end(), t.token(), t.nominal(), true) : t;
    }

    private static boolean eachOther(String sentence, Trigger t) {
        // runs for every trigger: a plain search for "other" spares the look-ahead regex on almost all of them; the
        // look-behind one reads at most 20 characters
        int other = sentence.indexOf("other", t.end());
        if (other >= 0 && other - t.end() <= 45
                && EACH_OTHER_AFTER.matcher(sentence).region(t.end(), sentence.length()).lookingAt()) return true;
        return MUTUALLY_BEFORE.matcher(sentence).region(Math.max(0, t.start() - 20), t.start()).find();
    }

    private static final Pattern INTENT_TO = Pattern.compile(
            "\\b(?:pledge[sd]?|pledging|promise[sd]?|promising|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|hope[sd]?|hoping"
            + "|want(?:s|ed)?|wish(?:es|ed)?|expect(?:s|ed)?|prepare[sd]?|preparing|set|ready|willing|due|intention|intent)\\s+to\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** "asking to strike a deal", "invited ... to sign", "meant to get both sides to agree": a to-infinitive is not done. */
    private static final Pattern BARE_TO = Pattern.compile("\\bto\\s+$", Pattern.CASE_INSENSITIVE);

    /** "continues to control territory", "went on to seize": the verb before "to" tells an aspect, not an aim. */
    private static final Pattern ASPECT_TO = Pattern.compile(
            "\\b(?:continu(?:e|es|ed|ing)|beg(?:in|ins|an|un)|start(?:s|ed)?|manag(?:e|es|ed)|went on|go(?:es)? on|used)\\s+to\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NOUN_ENDING = Pattern.compile("(?:tion|sion|ment|ship|ance|ence|al|ity|s)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern ACQUIRE = Pattern.compile("acquir", Pattern.CASE_INSENSITIVE);

    private static final Pattern COMMITMENT_TO = Pattern.compile(
            "\\b(?:pledge[sd]?|pledging|promise[sd]?|promising)\\s+to\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "M23 and the DRC pledged to sign a peace deal", "plans to invest $21 billion", "is willing to invest": a signing
     * or an investment announced, not done, is a proposal (asserted; for a signing the parties stay paired); a seizure
     * aimed at ("in a bid to seize") is a wish (SEEK).
     */
    private static Trigger intendedNotDone(String sentence, Trigger t) {
        if (t.nominal() || t.action() != Action.SEIZE && t.action() != Action.SIGN && t.action() != Action.INVEST) return t;
        String before = sentence.substring(Math.max(0, t.start() - 40), t.start());
        if (t.action() == Action.SEIZE) {
            if (!BARE_TO.matcher(before).find() || ASPECT_TO.matcher(before).find()) return t;
            // "advancing from the east to capture key cities", "in a bid to seize the capital": a seizure aimed
            // at is not a seizure made
            return new Trigger(Action.SEEK, t.start(), t.end(), t.token(), false, false);
        }
        // a pledge or promise to invest commits the money (INVEST); a pledge to sign still awaits the signature
        if (t.action() == Action.INVEST && COMMITMENT_TO.matcher(before).find()) return t;
        boolean intended = INTENT_TO.matcher(before).find()
                || t.action() == Action.SIGN && BARE_TO.matcher(before).find() && !cameToSign(sentence, t);
        if (!intended) return t;
        // "an opportunity for the US to acquire critical minerals": acquiring is one-sided; to want to is to seek
        if (ACQUIRE.matcher(sentence).region(t.start(), t.end()).lookingAt()) return new Trigger(Action.SEEK, t.start(), t.end(), t.token(), false, false);
        return new Trigger(Action.PROPOSE, t.start(), t.end(), t.token(), false, t.mutual());
    }

    private static final Pattern CAME_TO = Pattern.compile(
            "\\b(?:send|sends|sent|sending|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew)|gather(?:s|ed)?|arriv(?:e|es|ed)"
            + "|convene[sd]?|met|meet|meets)\\b(?:\\s+[\\p{L}-]+){0,3}\\s+to\\s+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_YET = Pattern.compile(
            "\\b(?:will|would|shall|could|may|might|set|due|plan(?:s|ned)?|expected|scheduled|invit\\w*)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Congo and Rwanda send top diplomats to sign", "leaders gathered in Washington to sign": a journey told as done
     * with signing as its purpose tells the signing, unless the journey itself is still to come ("are set to travel
     * to Washington to sign", "invited ... to fly to Doha to sign").
     */
    private static boolean cameToSign(String sentence, Trigger t) {
        String before = sentence.substring(Math.max(0, t.start() - 60), t.start());
        java.util.regex.Matcher came = CAME_TO.matcher(before);
        return came.find() && !NOT_YET.matcher(before.substring(0, came.start())).find();
    }

    /**
     * "reached a preliminary agreement", "struck a framework deal", "clinching a $2 billion accord": reaching or
     * striking a deal is concluding it, whatever adjectives stand between (the domain file's phrases list the bare
     * forms; this covers the modified ones). "announced an exploration partnership with the DRC": announcing a deal
     * or partnership with someone is telling it is concluded. The trigger spans the verb.
     */
    private static final Pattern DEAL_REACHED = Pattern.compile(
            "\\b(?:(reach(?:es|ed|ing)?|str(?:ike|ikes|uck|iking)|clinch(?:es|ed|ing)?)\\s+(?:a|an|the|its|their)\\s+"
            + "(?:[\\p{L}$0-9.-]+\\s+){1,3}?(?:agreement|deal|accord|pact)s?\\b"
            + "|(announc(?:e|es|ed|ing))\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:agreement|deal|accord|pact|partnership)\\s+with\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TO_GAP = Pattern.compile("^\\s+to\\s+$");

    private static final Pattern PROVIDED_THAT = Pattern.compile(
            "(?i:provided|providing)\\s+(?:that|it|he|she|they|we)\\b");

    /** ", provided it receives an acceptable offer": "provided" opening a condition supplies nothing. */
    private static boolean conditionalConjunction(String sentence, Trigger t) {
        String before = sentence.substring(0, t.start()).stripTrailing();
        return before.endsWith(",") && PROVIDED_THAT.matcher(sentence).region(t.start(), sentence.length()).lookingAt();
    }

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
            // a full verb in between means the negation belongs to that verb ("not yet decided on this proposed ..."),
            // unless the verb is a negated infinitive whose object the trigger is ("decided not to impose sanctions")
            if ((tag.equals("VERB") || tag.startsWith("VB")) && !ClauseCues.AUXILIARIES.contains(word)) {
                boolean negatedInfinitive = i >= 2 && tagged.tokens()[i - 1].equalsIgnoreCase("to")
                        && lexicon.negations.contains(tagged.tokens()[i - 2].toLowerCase(Locale.ROOT));
                return negatedInfinitive ? Polarity.NEGATED : Polarity.ASSERTED;
            }
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
