package io.claimstream.claims;

import io.claimstream.claims.DependencyParse.Parsed;
import io.claimstream.claims.DomainResource.ActionDef;
import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.claims.EnglishNlp.TaggedSentence;
import io.claimstream.claims.SentenceClaimFinder.Found;
import io.claimstream.claims.SentenceClaimFinder.Mention;
import io.claimstream.claims.SentenceClaimFinder.SentenceMentions;
import io.claimstream.schema.Action;
import io.claimstream.schema.Polarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Claims from predicate frames over a dependency parse: a trigger (a verb or noun whose lemma the domain file lists
 * for an action) and its arguments as the parse gives them. The actor is the trigger's subject (a passive's
 * "by"-agent; a noun's possessor or modifier; for a controlled or coordinated verb, its governor's subject; for a
 * relative clause, the noun it modifies); the counterparty is its indirect object, an entity as direct object, or an
 * entity in a prepositional argument; negation is a negating dependent of the trigger or of its governing verb.
 * Only English grammar is in this class; every word of the story (triggers, entities, hedges, attributions) comes
 * from the domain resource through {@link Lexicon}.
 */
final class FrameClaimFinder implements ClaimFinder {

    private final Lexicon lexicon;
    private final SentenceFeatures features;
    private final SentenceClaimFinder mentions;
    private final DependencyParse parser;

    FrameClaimFinder(Lexicon lexicon, SentenceClaimFinder mentions, DependencyParse parser) {
        this.lexicon = lexicon;
        this.features = new SentenceFeatures(lexicon);
        this.mentions = mentions;
        this.parser = parser;
    }

    @Override
    public List<Found> find(String sentence, Supplier<TaggedSentence> tagging, Mention pronounReferent,
                            BiConsumer<Mention, List<Mention>> seen) {
        SentenceMentions named = mentions.mentions(sentence);
        seen.accept(named.subject(), named.parties());
        // a frame relates two parties; a sentence naming one entity is left to the discourse rules (a fifth fewer parses,
        // the same figures on the dev corpus)
        long entities = named.parties().stream().map(Mention::entity).distinct().count() + named.modifiers().size();
        if (entities < 2 || !lexicon.mayTrigger(sentence)) {
            return List.of();
        }
        Parsed parse = parser.parse(sentence);
        if (parse == null) {
            return List.of();
        }
        FrameArguments arguments = new FrameArguments(parse, named.parties(), named.modifiers(), pronounReferent);
        TaggedSentence withParseTags = new TaggedSentence(parse.spans(), parse.tokens(), parse.tags(), parse::lemmas);
        Map<Integer, Action> triggers = triggers(sentence, parse, withParseTags, arguments);
        List<Found> found = new ArrayList<>();
        for (Map.Entry<Integer, Action> trigger : triggers.entrySet()) {
            if (found.size() >= SentenceClaimFinder.MAX_CLAIMS_PER_SENTENCE) {
                break;
            }
            for (Found claim : claims(sentence, parse, arguments, trigger.getKey(), trigger.getValue(), named)) {
                int same = indexOfSameMove(found, claim);
                if (same < 0 && found.size() < SentenceClaimFinder.MAX_CLAIMS_PER_SENTENCE) {
                    found.add(claim);
                } else if (same >= 0 && found.get(same).counterparty() == null && claim.counterparty() != null) {
                    // "EU signs MoU with Rwanda": the noun names the party the verb did not
                    found.set(same, claim);
                }
            }
        }
        return found;
    }

    private static TaggedSentence asVerb(TaggedSentence tagged, int t) {
        String[] tags = tagged.tags().clone();
        tags[t] = "VB";
        return new TaggedSentence(tagged.spans(), tagged.tokens(), tags, () -> {
            String[] lemmas = new String[tags.length];
            for (int i = 0; i < lemmas.length; i++) lemmas[i] = tagged.lemma(i);
            return lemmas;
        });
    }

    private static int indexOfSameMove(List<Found> found, Found claim) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).actor().entity() == claim.actor().entity() && found.get(i).action() == claim.action()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Trigger tokens in sentence order: words whose lemma the domain lists (verbs and nouns), and the syntactic heads
     * of the domain's action phrases ("willing to partner" -> "willing", "held talks" -> "held"), which take the
     * phrase's action.
     */
    private Map<Integer, Action> triggers(String sentence, Parsed parse, TaggedSentence tagged, FrameArguments arguments) {
        Map<Integer, Action> triggers = new java.util.TreeMap<>();
        for (PhraseMatcher.Match<Action> phrase : lexicon.actionPhrases.find(sentence)) {
            int head = parse.headOf(phrase.start(), phrase.end());
            if (head >= 0) {
                triggers.putIfAbsent(head, phrase.value());
            }
        }
        for (int t = 0; t < parse.size(); t++) {
            boolean hyphenated = parse.tokens()[t].indexOf('-') > 0 || parse.tokens()[t].indexOf('–') > 0;
            boolean adjective = parse.tags()[t].startsWith("JJ");
            if (triggers.containsKey(t) || !(parse.verb(t) || parse.noun(t) || adjective || hyphenated) || arguments.insideName(t)) {
                continue;
            }
            Action action = lexicon.action(tagged, t);
            if (action == null && t > 0 && parse.noun(t) && parse.lemmas()[t - 1].equals("to")) {
                // "willing to partner": a word after infinitival "to" is a verb, whatever the tagger said
                action = lexicon.action(asVerb(tagged, t), t);
            }
            int hyphen = Math.max(parse.tokens()[t].lastIndexOf('-'), parse.tokens()[t].lastIndexOf('–'));
            if (action == null && hyphen > 0) {
                // "U.S.-brokered", "Qatar-mediated": the word after the hyphen is the predicate
                action = lexicon.actionOfWord(parse.tokens()[t].substring(hyphen + 1));
            }
            if (action != null) {
                triggers.put(t, action);
            }
        }
        return triggers;
    }

    /** The trigger's claim, and one per co-actor of a move each party makes on its own ("Belgium and the UK offered"). */
    private List<Found> claims(String sentence, Parsed parse, FrameArguments arguments, int trigger, Action action, SentenceMentions named) {
        FrameArguments.Argument actor = arguments.actorOf(trigger);
        if (actor == null) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Found first = claim(sentence, parse, arguments, trigger, action, named, actor);
        if (first == null) {
            return out;
        }
        out.add(first);
        if (!ClauseCues.RECIPROCAL.contains(first.action())) {
            for (Mention coActor : arguments.coActors(actor)) {
                Found claim = claim(sentence, parse, arguments, trigger, action, named, new FrameArguments.Argument(-1, coActor));
                if (claim != null) {
                    out.add(new Found(coActor, claim.action(), first.polarity(), first.counterparty(), claim.intermediaries(),
                            claim.assets(), claim.considerations(), claim.hedges(), claim.attribution(), claim.aboutResources()));
                }
            }
        }
        return out;
    }

    private Found claim(String sentence, Parsed parse, FrameArguments arguments, int trigger, Action action, SentenceMentions named,
                        FrameArguments.Argument actor) {
        ActionDef def = lexicon.actionDefs.get(action);
        EntityDef actorEntity = actor.mention().entity();
        if (!def.allowsActor(actorEntity.type()) && def.otherActorsAction() != null) {
            // the words may mean another action for other actors ("host" a summit vs "host" troops)
            action = def.otherActorsAction();
            def = lexicon.actionDefs.get(action);
        }
        if (!def.allowsActor(actorEntity.type())) {
            return null;
        }
        Mention counterparty = arguments.counterpartyOf(trigger, actor, ClauseCues.RECIPROCAL.contains(action), def.partyCases());
        if (counterparty != null && (!def.allowsCounterparty(counterparty.entity().type())
                || ClauseCues.sameSide(counterparty.entity(), actorEntity))) {
            counterparty = null;
        }
        List<Mention> goBetweens = features.intermediaries(sentence, named.parties()).stream()
                .filter(m -> m.entity() != actorEntity).toList();
        return new Found(actor.mention(), action, negated(parse, trigger) ? Polarity.NEGATED : Polarity.ASSERTED, counterparty,
                goBetweens, features.assets(sentence), features.considerations(sentence), features.hedges(sentence),
                features.attribution(sentence), !lexicon.resourceCues.find(sentence).isEmpty());
    }

    /** A negating dependent ("not", "never", "no proposal") of the trigger, or of the verb that governs it ("did not agree to sign"). */
    private boolean negated(Parsed parse, int trigger) {
        int token = trigger;
        for (int depth = 0; token >= 0 && depth < 3; depth++) {
            for (int c : parse.children(token)) {
                boolean negator = parse.relation(c, "advmod") || parse.relation(c, "neg") || parse.relation(c, "det")
                        || parse.relation(c, "aux");
                if (negator && lexicon.negations.contains(parse.tokens()[c].toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            if (!(parse.relation(token, "xcomp") || parse.relation(token, "obj") || parse.relation(token, "ccomp"))) {
                return false;
            }
            token = parse.heads()[token];
        }
        return false;
    }
}
