package io.claimstream.claims;

import io.claimstream.claims.DependencyParse.Parsed;
import io.claimstream.claims.SentenceClaimFinder.Mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which entity fills which argument of a predicate, read off one sentence's dependency parse. English grammar only:
 * subjects, agents, possessors, control and coordination, relative clauses, pronouns; which prepositions introduce an
 * action's other party comes from the domain resource ({@code partyCases}).
 */
final class FrameArguments {

    /** An argument: the token that heads it and the entity it names. */
    record Argument(int token, Mention mention) {}

    /** Dependents through which a name reaches the word heading an argument ("the Congolese government"). */
    private static final Set<String> NAME_LINKS = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "det:poss");
    private static final int MAX_CLIMB = 4;
    private static final Set<String> EXAMPLE_CASES = Set.of("such", "including", "like");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them", "theirs");

    private final Parsed parse;
    private final Map<Integer, Mention> byToken = new HashMap<>();
    private final Map<Mention, Integer> tokenOf = new HashMap<>();
    private final List<Mention> parties;
    private final List<Mention> modifiers;
    private final Mention pronounReferent;

    FrameArguments(Parsed parse, List<Mention> parties, List<Mention> modifiers, Mention pronounReferent) {
        this.parse = parse;
        this.parties = parties;
        this.modifiers = modifiers;
        this.pronounReferent = pronounReferent;
        for (Mention m : parties) {
            int head = parse.headOf(m.start(), m.end());
            if (head >= 0 && byToken.putIfAbsent(head, m) == null) {
                tokenOf.put(m, head);
            }
        }
    }

    boolean insideName(int token) {
        int start = parse.spans()[token].getStart();
        return parties.stream().anyMatch(m -> start >= m.start() && start < m.end());
    }

    // --- actor -------------------------------------------------------------------------------------------------------

    /** Who makes the move a trigger names, or null. */
    Argument actorOf(int trigger) {
        Mention glued = hyphenatedModifier(trigger);
        if (glued != null) {
            // "U.S.-brokered", "Qatar-mediated": the modifier did it
            return new Argument(-1, glued);
        }
        return actorOf(trigger, 0, false);
    }

    /** @param fromNoun a noun's move is being traced to its verb: the verb lends its own clause's subject only */
    private Argument actorOf(int trigger, int depth, boolean fromNoun) {
        if (depth > MAX_CLIMB) {
            return null;
        }
        for (int c : parse.children(trigger)) {
            if (parse.relation(c, "nsubj") && !parse.relation(c, "nsubj:pass")) {
                if (relativePronoun(c) && parse.relation(trigger, "acl:relcl")) {
                    // "the rebels who seized Goma": the relative pronoun stands for the noun the clause modifies, or,
                    // where the parser hung the clause elsewhere, for the name right before the pronoun
                    Argument modified = argumentAt(parse.heads()[trigger]);
                    return modified != null ? modified : nameRightBefore(c);
                }
                return argumentAt(c);
            }
        }
        for (int c : parse.children(trigger)) {
            // "the deal was signed by X", "investment by X"
            if ((parse.relation(c, "obl") || parse.relation(c, "nmod")) && parse.casePreposition(c).equals("by")) {
                Argument agent = argumentAt(c);
                if (agent != null) {
                    return agent;
                }
            }
        }
        int head = parse.heads()[trigger];
        if (parse.noun(trigger)) {
            // "China's investment", "the U.S. proposal", "Qatari investment"
            Argument owner = ownerOf(trigger);
            if (owner == null && head >= 0 && parse.relation(trigger, "compound")) {
                // "EU and Rwanda sign agreement": a headline verb read as a noun shares its head's owner
                owner = ownerOf(head);
            }
            if (owner == null) {
                owner = firstOfPair(trigger);
            }
            if (owner != null) {
                return owner;
            }
        }
        if (head < 0) {
            return null;
        }
        if (parse.relation(trigger, "acl:relcl")) {
            return argumentAt(head);
        }
        if (parse.relation(trigger, "amod") && parse.tags()[trigger].startsWith("JJ")) {
            // "interested countries such as Belgium": an adjective's holder is the noun it modifies
            return argumentAt(head);
        }
        if (parse.relation(trigger, "acl") && parse.tags()[trigger].equals("VBG")) {
            // "the United States, seeking access": the participle says what the noun it modifies does
            Argument modified = argumentAt(head);
            if (modified != null) {
                return modified;
            }
        }
        if (parse.relation(trigger, "xcomp")) {
            // object control: "invited Tshisekedi to sign", "urged Rwanda to withdraw"; else subject control
            for (int c : parse.children(head)) {
                if ((parse.relation(c, "obj") || parse.relation(c, "iobj")) && c != trigger) {
                    Argument controller = argumentAt(c);
                    if (controller != null) {
                        return controller;
                    }
                }
            }
        }
        if (fromNoun && parse.relations()[trigger].startsWith("advcl")) {
            // "..., rekindling hopes": the hopes are not the main clause's subject's move
            return null;
        }
        return inheritsSubject(trigger, head) ? actorOf(head, depth + 1, parse.noun(trigger)) : null;
    }

    /**
     * Whose move an argument-less predicate is: a controlled or coordinated verb ("wants to buy", "met and signed",
     * "..., offering"), an infinitive or participle on a noun ("readiness to partner", "a plan involving"), a noun
     * that is the object of its verb ("made an offer", "a deal was struck"), or a noun an adjective governs ("open to
     * a partnership", "willing to partner").
     */
    private boolean inheritsSubject(int token, int head) {
        String relation = parse.relations()[token];
        if (relation.equals("acl")) {
            // "readiness to partner" inherits; "a deal facilitated by X" is the deal's, not its signers' (agent above)
            return !parse.tags()[token].equals("VBN");
        }
        if (relation.equals("xcomp") || relation.equals("conj") || relation.startsWith("advcl")) {
            return true;
        }
        if (relation.equals("ccomp") && parse.children(token, "nsubj").isEmpty()) {
            // "decided not to impose": an infinitive the parser took for a clause still has no subject of its own
            return true;
        }
        if (!parse.noun(token)) {
            return false;
        }
        if (afterInfinitiveTo(token) && (relation.equals("nmod") || relation.startsWith("obl"))) {
            // "willingness to partner" tagged as a noun is still an infinitive on the noun
            return true;
        }
        return relation.equals("obj") || relation.startsWith("nsubj:pass")
                || ((relation.startsWith("obl") || relation.equals("nmod")) && parse.tags()[head].startsWith("JJ"));
    }

    private Argument ownerOf(int noun) {
        for (int c : parse.children(noun)) {
            if (parse.relation(c, "nmod:poss") || parse.relation(c, "compound") || parse.relation(c, "amod")) {
                Argument owner = argumentAt(c);
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    /**
     * "the signature of the MoU between the EU and Rwanda", "talks between A and B": the first of the pair acts,
     * the second is the other party (see {@link #counterpartyOf}).
     */
    private Argument firstOfPair(int noun) {
        for (int c : parse.children(noun)) {
            if (parse.relation(c, "nmod") && parse.casePreposition(c).equals("between")) {
                return argumentAt(c);
            }
            if (parse.relation(c, "nmod")) {
                for (int d : parse.children(c)) {
                    if (parse.relation(d, "nmod") && parse.casePreposition(d).equals("between")) {
                        return argumentAt(d);
                    }
                }
            }
        }
        return null;
    }

    private boolean afterInfinitiveTo(int token) {
        return token > 0 && parse.lemmas()[token - 1].equals("to");
    }

    /** The entity whose name ends at most two tokens (", the") before this one. */
    private Argument nameRightBefore(int token) {
        int at = parse.spans()[token].getStart();
        for (int i = token - 1; i >= 0 && i >= token - 3; i--) {
            Mention m = byToken.get(i);
            if (m != null && m.end() <= at) {
                return new Argument(i, m);
            }
        }
        return null;
    }

    private boolean relativePronoun(int token) {
        String tag = parse.tags()[token];
        return tag.equals("WP") || tag.equals("WDT") || parse.lemmas()[token].equals("that");
    }

    /** A name glued by a hyphen to the trigger word ("U.S.-brokered"): kept out of the parties, it names the actor. */
    private Mention hyphenatedModifier(int trigger) {
        int start = parse.spans()[trigger].getStart();
        int end = parse.spans()[trigger].getEnd();
        for (Mention m : modifiers) {
            // the hyphen right after the name: its own token before the trigger, or inside the trigger's token
            if (m.end() + 1 == start || (m.end() > start && m.end() < end)) {
                return m;
            }
        }
        return null;
    }

    // --- counterparty -----------------------------------------------------------------------------------------------

    /**
     * The other party: for a mutual action, the actor's co-subject ("Rwanda and Congo signed"); else the indirect
     * object, an entity after one of the action's party prepositions, an entity as object, the subject of a clausal
     * complement ("suggested that the U.S. could help"), and last the first other entity in the trigger's phrase.
     */
    Mention counterpartyOf(int trigger, Argument actor, boolean mutual, List<String> partyCases) {
        excluded = actor.mention();
        try {
            Mention found = mutual ? coordinatedWith(actor) : null;
            if (found == null) {
                found = among(trigger, actor.mention(), partyCases);
            }
            int head = parse.heads()[trigger];
            if (found == null && head >= 0 && parse.noun(trigger)
                    && (parse.relation(trigger, "obj") || afterInfinitiveTo(trigger))) {
                // "signed a deal with X", "willingness to partner with X": the party may hang on the governing word
                found = among(head, actor.mention(), partyCases);
            }
            if (found == null && actor.token() < 0 && head >= 0) {
                // "a U.S.-brokered deal between A and B", "A and B signed a U.S.-brokered deal"
                Argument signer = actorOf(head, 1, false);
                found = signer == null ? null : other(signer.mention(), actor.mention());
            }
            if (found == null) {
                found = subjectOfComplement(trigger, actor.mention());
            }
            if (found == null) {
                found = firstInPhrase(trigger, actor.mention(), partyCases);
            }
            return found;
        } finally {
            excluded = null;
        }
    }

    private Mention among(int token, Mention actor, List<String> partyCases) {
        for (int c : parse.children(token, "iobj")) {
            Mention m = other(entityAt(c), actor);
            if (m != null) {
                return m;
            }
        }
        for (int c : parse.children(token)) {
            boolean prepositional = parse.relation(c, "obl") || parse.relation(c, "nmod");
            if (prepositional && partyCases.contains(parse.casePreposition(c))) {
                Mention m = other(entityAt(c), actor);
                if (m != null) {
                    return m;
                }
            }
        }
        for (int c : parse.children(token, "obj")) {
            Mention m = other(entityAt(c), actor);
            if (m != null) {
                return m;
            }
            // "offered the minerals of X", "access to X's mines"
            for (int d : parse.children(c)) {
                boolean ofParty = parse.relation(d, "nmod") && partyCases.contains(parse.casePreposition(d));
                if (ofParty || parse.relation(d, "nmod:poss")) {
                    m = other(entityAt(d), actor);
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** "Belgium and the UK offered ...": for a move each makes on its own, the actor's co-subjects act too. */
    List<Mention> coActors(Argument actor) {
        List<Mention> out = new java.util.ArrayList<>();
        if (actor.token() < 0) {
            return out;
        }
        for (int c : parse.children(actor.token(), "conj")) {
            Mention m = other(byToken.get(c), actor.mention());
            if (m != null && out.stream().noneMatch(o -> o.entity() == m.entity())) {
                out.add(m);
            }
        }
        return out;
    }

    /** "the U.S. and the DRC signed", "Rwanda Congo Sign Peace Agreement": the actor's co-subject. */
    private Mention coordinatedWith(Argument actor) {
        if (actor.token() < 0) {
            return null;
        }
        for (int c : parse.children(actor.token())) {
            if (parse.relation(c, "conj") || parse.relation(c, "compound") || parse.relation(c, "flat")) {
                Mention m = other(entityAt(c), actor.mention());
                if (m != null) {
                    return m;
                }
            }
        }
        int head = parse.heads()[actor.token()];
        if (head >= 0 && parse.relation(actor.token(), "conj")) {
            return other(entityAt(head), actor.mention());
        }
        return null;
    }

    /** "suggested that the U.S. could help", "asked Washington to ...": the complement's subject is who is addressed. */
    private Mention subjectOfComplement(int trigger, Mention actor) {
        for (int c : parse.children(trigger)) {
            if (parse.relation(c, "ccomp") || parse.relation(c, "xcomp")) {
                for (int d : parse.children(c)) {
                    if (parse.relation(d, "nsubj")) {
                        Mention m = other(entityAt(d), actor);
                        if (m != null) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * The first other entity inside the trigger's phrase, outside its subject: a party named in the move's own words
     * ("a partnership with the U.S. to ...", where the parser took "with the U.S." for a clause).
     */
    private Mention firstInPhrase(int trigger, Mention actor, List<String> partyCases) {
        Mention best = null;
        int bestToken = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Mention> e : byToken.entrySet()) {
            int token = e.getKey();
            if (token < bestToken && other(e.getValue(), actor) != null && inPhraseOf(token, trigger, partyCases)) {
                best = e.getValue();
                bestToken = token;
            }
        }
        return best;
    }

    /** Below the trigger, not in its subject, and reached through no preposition that introduces a place or time. */
    private boolean inPhraseOf(int token, int trigger, List<String> partyCases) {
        int current = token;
        for (int depth = 0; depth < 8 && current >= 0; depth++) {
            String preposition = parse.casePreposition(current);
            if (!preposition.isEmpty() && !preposition.equals("of") && !partyCases.contains(preposition)) {
                return false;
            }
            int head = parse.heads()[current];
            if (head == trigger) {
                return !(parse.relation(current, "nsubj") || parse.relation(current, "csubj")
                        || parse.relation(current, "parataxis") || parse.relation(current, "advcl"));
            }
            current = head;
        }
        return false;
    }

    // --- entities --------------------------------------------------------------------------------------------------

    private static Mention other(Mention m, Mention actor) {
        return m == null || m.entity() == actor.entity() ? null : m;
    }

    /** The entity an argument names, with the token that names it (its co-subjects hang there). */
    private Argument argumentAt(int token) {
        Mention m = entityAt(token);
        if (m == null) {
            return null;
        }
        return new Argument(tokenOf.getOrDefault(m, token), m);
    }

    /** The entity an argument names: at its head word, or up to two name links below ("Congo's Foreign Minister X"). */
    private Mention entityAt(int token) {
        return entityAt(token, 0);
    }

    private Mention entityAt(int token, int depth) {
        Mention direct = byToken.get(token);
        if (direct != null) {
            return direct;
        }
        if (parse.tags()[token].startsWith("PRP")) {
            return antecedentOf(token);
        }
        if (depth >= 2) {
            return null;
        }
        for (int c : parse.children(token)) {
            if (nameLink(c)) {
                Mention below = entityAt(c, depth + 1);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }

    /** "the government of Congo", "Congo's minister", "U.S. firms"; not "a memorandum in Kigali" (a place). */
    private boolean nameLink(int token) {
        String relation = parse.relations()[token];
        if (relation.equals("nmod")) {
            String preposition = parse.casePreposition(token);
            // "the government of Congo"; "countries such as Belgium, China and Russia": the class stands for its examples
            return preposition.isEmpty() || preposition.equals("of") || EXAMPLE_CASES.contains(preposition);
        }
        return NAME_LINKS.contains(relation);
    }

    /** Set while a counterparty is sought: a pronoun there does not stand for the actor ("M23 seized its territory"). */
    private Mention excluded;

    /** A pronoun's antecedent: the nearest entity named before it in the sentence, else the previous sentence's subject. */
    private Mention antecedentOf(int pronoun) {
        int at = parse.spans()[pronoun].getStart();
        Mention nearest = null;
        java.util.Set<Object> before = new java.util.HashSet<>();
        for (Mention m : parties) {
            boolean related = excluded != null && m.entity() == excluded.entity();
            if (m.end() <= at) {
                before.add(m.entity());
            }
            if (!related && m.end() <= at && (nearest == null || m.start() > nearest.start())) {
                nearest = m;
            }
        }
        if (PLURAL_PRONOUNS.contains(parse.lemmas()[pronoun]) && before.size() >= 2) {
            // "the EU and Rwanda ... their partnership": a plural pronoun after two parties means both, not either
            return null;
        }
        if (nearest != null || pronounReferent == null) {
            return nearest;
        }
        // placed where its pronoun stands, so that offsets read this sentence
        return new Mention(pronounReferent.entity(), at, parse.spans()[pronoun].getEnd(), pronounReferent.surface());
    }
}
