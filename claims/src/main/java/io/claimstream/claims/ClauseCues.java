package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.claims.EnglishNlp.TaggedSentence;
import io.claimstream.claims.SentenceClaimFinder.Mention;
import io.claimstream.claims.SentenceClaimFinder.Trigger;
import io.claimstream.schema.Action;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static io.claimstream.claims.SentenceClaimFinder.CLAUSE_PUNCT;

/**
 * Shallow clause structure read from punctuation and function words: who is a prepositional object, an apposition,
 * a relative clause's antecedent, a passive agent, a coordinated co-subject. These rules pick actors and
 * counterparties in {@link SentenceClaimFinder}; they know English, not the story. Stateless.
 */
final class ClauseCues {

    private ClauseCues() {}

    /** Nouns naming an agreement, shared by every rule that asks whether a phrase is about a deal. */
    static final String DEAL_NOUNS = "(?:deal|agreement|accord|pact|memorandum|mou|treaty|contract|partnership|package|framework)s?";

    static final Set<String> PREPOSITIONS = Set.of("to", "with", "for", "from", "on", "at", "in", "into",
            "against", "toward", "towards", "about", "between", "over", "under", "via", "through", "like", "than",
            "including", "despite", "amid", "amidst", "during");
    static final Set<String> NAME_PREFIXES = Set.of("the", "a", "an", "its", "their", "his", "her");

    /**
     * "sent a letter to President Donald Trump offering ...": an entity governed by a preposition (titles and
     * determiners skipped) is an object, never the actor of a later verb. "of" is no such preposition: "the president
     * of the DRC offered" names the actor's side.
     */
    static boolean objectOfPreposition(String sentence, Mention m) {
        // "part of Qatar's strategy": a possessor is the subject of its noun, whatever governs the phrase
        if (sentence.startsWith("'s", m.end()) || sentence.startsWith("’s", m.end())) return false;
        String[] words = sentence.substring(0, m.start()).strip().split("[\\s]+");
        for (int i = words.length - 1, skipped = 0; i >= 0 && skipped <= 6; i--, skipped++) {
            String w = words[i].replaceAll("[\"“”'‘’(]", "");
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(Locale.ROOT);
            if (PREPOSITIONS.contains(lower)) return true;
            // "with U.S. Secretary of State Marco Rubio": "of" inside a capitalised title does not end the name
            if (lower.equals("of") && i > 0 && !words[i - 1].isEmpty() && Character.isUpperCase(words[i - 1].charAt(0))) continue;
            boolean title = Character.isUpperCase(w.charAt(0)) && !w.endsWith(",") || NAME_PREFIXES.contains(lower);
            if (!title) return false;
        }
        return false;
    }

    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^\\s+(?:has\\s+|have\\s+|had\\s+)?(?:says|said|say|claims|claimed|stated|states|reported|reports|accuses|accused|alleges|alleged|believes|estimates)\\b");

    /**
     * "a rebel group the UN says has plundered ...", "which Washington stated controlled ...": an entity introducing
     * reported speech is the source of the clause after it, not a party to the trigger before it.
     */
    static boolean speaker(String sentence, Mention m) {
        return SPEECH_AFTER.matcher(sentence.substring(m.end())).lookingAt();
    }

    /**
     * ", where M23 rebels captured ...", "after the rebels seized ...": an adverbial clause has its own participants;
     * the main clause's subject is not the other party of its verb.
     */
    static final Pattern SUBORDINATE_CLAUSE = Pattern.compile(",\\s*(?:where|when|while|after|before|as|since|although|though|because)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern VENUE_BEFORE = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    static final Set<Action> VENUE_ACTIONS = java.util.EnumSet.of(Action.SIGN, Action.NEGOTIATE, Action.MEDIATE, Action.SANCTION);

    /**
     * "signed the agreement in Washington", "talks in Doha", "pledged to sign in Doha": for a meeting-type action an
     * entity right after "in"/"at" is where it happened, not the other party ("invest in the DRC" keeps its object).
     */
    static boolean venue(String sentence, Mention m, Trigger t) {
        return (VENUE_ACTIONS.contains(t.action()) || t.mutual()) && VENUE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find();
    }

    private static final Pattern NAMED_THING_AFTER = Pattern.compile(
            "^\\s+(?:Accords?|Agreements?|Declaration|Treaty|Process|Corridor|Summit|Forum|Institute|Conference|Protocol|Framework)\\b");

    /**
     * "the Washington Accords", "the Luanda Process", "the Lobito Corridor": a place name inside the name of an
     * agreement, process or venue names that thing, not a party.
     */
    static boolean insideName(String text, int mentionEnd) {
        return NAMED_THING_AFTER.matcher(text.substring(mentionEnd)).lookingAt();
    }

    private static final Pattern TOPIC_NOUN_AFTER = Pattern.compile(
            "^\\s+(?:conflict|crisis|war|tensions?|fighting|violence|unrest|standoff|dispute|relations|ties)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Amid Congo Tensions", "their roles in the Congo conflict": a place glued to a conflict noun names the topic,
     * not a party to any action in the sentence.
     */
    static boolean namesATopic(String text, int mentionEnd) {
        return TOPIC_NOUN_AFTER.matcher(text).region(mentionEnd, text.length()).lookingAt();
    }

    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "may", "might", "could", "can", "should", "does", "did", "do", "be", "been");

    /**
     * "... when the United States and China are actively competing": a mention a few words before a verb with an
     * auxiliary (or a finite form) is that verb's subject, even if it was the previous claim's counterparty;
     * "President Donald Trump offering access" (bare participle) is not.
     */
    static boolean subjectOfFiniteVerb(String sentence, Mention actor, Trigger t, TaggedSentence tagged) {
        if (actor.end() > t.start()) return false;
        String gap = sentence.substring(actor.end(), t.start()).strip();
        if (CLAUSE_PUNCT.matcher(gap).find()) return false;
        String[] words = gap.isEmpty() ? new String[0] : gap.split("\\s+");
        if (words.length > 3) return false;
        for (String w : words) if (AUXILIARIES.contains(w.toLowerCase(Locale.ROOT))) return true;
        String trigger = tagged.tokens()[t.token()].toLowerCase(Locale.ROOT);
        if (!tagged.tags()[t.token()].startsWith("V") || trigger.endsWith("ing")) return false;
        // "Tshisekedi established a deal" is past tense; "M23, backed by Rwanda" and "a deal Kagame signed" are not
        // finite verbs of the mention: a past form right after it is finite unless "by" follows
        return !trigger.endsWith("ed") || words.length == 0 && !sentence.startsWith(" by ", t.end());
    }

    /** Qatar and a Qatari holding, or the US and KoBold Metals, are one side: never each other's counterparty. */
    static boolean sameSide(EntityDef a, EntityDef b) {
        if (a == b) return true;
        return a.state().isPresent() && a.state().equals(b.state());
    }

    static final Set<Action> RECIPROCAL = java.util.EnumSet.of(Action.SIGN, Action.NEGOTIATE);
    /** "X and (the) Y", "X, Y" (headlines); a comma followed by a determiner opens a new phrase ("..., the Qatari delegation"). */
    static final Pattern COORDINATION = Pattern.compile("^\\s*(?:(?:,\\s*)?(?:and|&)\\s*(?:its\\s+|their\\s+|the\\s+)?|,\\s*)$");

    /** "The DRC and Rwanda signed ...", "Rwanda, DR Congo sign ...": the co-subject is the other party. */
    static Mention coordinatedWith(String sentence, Mention actor, List<Mention> mentions) {
        Mention previous = null;
        for (Mention m : mentions) {
            if (m == actor) break;
            previous = m;
        }
        if (previous == null || sameSide(previous.entity(), actor.entity())) return null;
        return COORDINATION.matcher(sentence.substring(previous.end(), actor.start())).matches() ? previous : null;
    }

    /** ", U.S. President Donald Trump, and ...": a name list's middle item, not a clause's subject. */
    private static final Pattern LIST_ITEM = Pattern.compile("^,\\s*(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,5}\\p{Lu}[\\p{L}.’'-]*\\s*,?\\s+(?:and|or)\\s");
    static final Pattern CLAUSE_OPENING = Pattern.compile("^,\\s*(?:(?:the|a|an|its|their)\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}$");
    static final Pattern NOMINAL_AGENT = Pattern.compile("^\\s+(?:of|from|like|such as|including)\\s+(?:the\\s+)?$");
    static final Pattern APPOSITION_CLOSE = Pattern.compile("^[^,]*,\\s*$");

    /** Auxiliaries and adverbs, then at most a light verb before a nominal trigger ("who have made territorial gains"). */
    static final Pattern RELATIVE_CLAUSE = Pattern.compile(
            "(?:,\\s*)?\\b(which|who|that)\\s+(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|also|now|reportedly|allegedly|since|already|then)\\s+){0,3}"
            + "(?:(?:made|make|makes|making|achieved|scored)\\s+(?:(?:a|an|the|some|significant|major|new|further)\\s+)?)?$");

    /**
     * "Rwanda-backed M23 rebels who have occupied ...", "the M23 rebel group, allegedly supported by Rwanda, which
     * has captured ...": the relative pronoun's antecedent acts, even as the object of a preposition, and an
     * apposition closing before the pronoun is skipped.
     */
    static Mention relativeAntecedent(String sentence, Trigger t, List<Mention> mentions, Set<Mention> goBetweens) {
        java.util.regex.Matcher m = RELATIVE_CLAUSE.matcher(sentence.substring(0, t.start()));
        if (!m.find()) return null;
        int pronoun = m.start(1);
        Mention candidate = null;
        for (Mention x : mentions) if (x.end() <= pronoun && !goBetweens.contains(x)) candidate = x;
        if (candidate == null) return null;
        // "a deal with the Trump administration that provides access": "that"/"which" after "<deal> with X" is the
        // deal's clause; a party is "who"
        if (!m.group(1).equalsIgnoreCase("who") && candidate.end() + 3 >= pronoun
                && DEAL_WITH_BEFORE.matcher(sentence.substring(Math.max(0, candidate.start() - 40), candidate.start())).find()) return null;
        String gap = sentence.substring(candidate.end(), pronoun);
        if (gap.strip().length() > 25) return null;
        if (APPOSITION_CLOSE.matcher(gap).matches() || gap.strip().equals(",")) {
            int open = sentence.lastIndexOf(',', candidate.start());
            Mention earlier = null;
            for (Mention x : mentions) if (open >= 0 && x.end() <= open && !goBetweens.contains(x)) earlier = x;
            if (earlier != null && sentence.substring(earlier.end(), open).strip().length() <= 25) return earlier;
        }
        return candidate;
    }

    private static final Pattern BETWEEN_AFTER = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){0,6}?between\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_GAP = Pattern.compile("^\\s+and\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * "the talks between Congo and the United States", "negotiations directly between Kinshasa and Kigali": a
     * meeting noun names its two parties after "between", whoever the sentence is about. Null without both.
     */
    static Mention[] betweenParties(String sentence, Trigger t, List<Mention> mentions) {
        for (Mention first : mentions) {
            if (first.start() < t.end()) continue;
            if (!BETWEEN_AFTER.matcher(sentence.substring(t.end(), first.start())).matches()) return null;
            Mention second = secondOfBetween(sentence, first, mentions);
            return second != null && !sameSide(first.entity(), second.entity()) ? new Mention[] {first, second} : null;
        }
        return null;
    }

    private static final Pattern FOR_BEFORE = Pattern.compile("\\bfor\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_AFTER = Pattern.compile("^\\s+to\\s+\\p{Ll}");

    /**
     * "an opportunity for the US to acquire", "the need for Washington to impose sanctions": the entity between "for"
     * and a to-infinitive is its subject, for the trigger and any word of that clause. Null without one.
     */
    static Mention forToSubject(String sentence, Trigger t, List<Mention> mentions) {
        Mention subject = null;
        for (Mention m : mentions) {
            if (m.end() > t.start()) break;
            boolean introduced = FOR_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 10), m.start()).find()
                    && TO_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
            if (introduced && !CLAUSE_PUNCT.matcher(sentence.substring(m.end(), t.start())).find()) subject = m;
        }
        return subject;
    }

    private static final Pattern BETWEEN_BEFORE = Pattern.compile("\\bbetween\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** "between Kagame and Tshisekedi": given the first of the pair, the second; null when the mention opens no pair. */
    static Mention secondOfBetween(String sentence, Mention first, List<Mention> mentions) {
        if (!BETWEEN_BEFORE.matcher(sentence).region(Math.max(0, first.start() - 14), first.start()).find()) return null;
        int i = mentions.indexOf(first);
        if (i < 0 || i + 1 >= mentions.size()) return null;
        Mention second = mentions.get(i + 1);
        return AND_GAP.matcher(sentence.substring(first.end(), second.start())).matches() ? second : null;
    }

    /**
     * The main clause's subject for a trigger: the first entity before it that is no prepositional object, outside
     * parentheses-turned-asides' go-betweens. Null when none precedes.
     */
    static Mention clauseSubject(String sentence, Trigger t, List<Mention> mentions, Set<Mention> goBetweens) {
        for (Mention m : mentions) {
            if (m.end() > t.start()) return null;
            if (!goBetweens.contains(m) && !objectOfPreposition(sentence, m)) return m;
        }
        return null;
    }

    private static final Pattern DEAL_WITH_BEFORE = Pattern.compile(
            "\\b" + DEAL_NOUNS + "\\s+with\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * The first entity right after a comma closing the trigger's clause ("..., DRC legislators appear"). Commas
     * inside the opening phrase are passed: a list ("with Kenya, and Zambia, the EU ...") and an acronym repeating
     * the name before it ("the Democratic Republic of the Congo, DRC, ...") open no clause.
     */
    static Mention firstAfterClause(String sentence, Trigger t, List<Mention> mentions, Set<Mention> goBetweens) {
        for (int comma = sentence.indexOf(',', t.end()); comma >= 0; comma = sentence.indexOf(',', comma + 1)) {
            Mention next = null, previous = null;
            for (Mention m : mentions) {
                if (goBetweens.contains(m)) continue;
                if (m.end() <= comma) previous = m;
                else if (m.start() > comma) { next = m; break; }
            }
            if (next == null) return null;
            if (!CLAUSE_OPENING.matcher(sentence.substring(comma, next.start())).matches()) continue;
            if (LIST_ITEM.matcher(sentence.substring(comma)).lookingAt()) continue;
            boolean repeat = previous != null && previous.entity() == next.entity() && sentence.substring(previous.end(), comma).isBlank();
            if (!repeat) return next;
        }
        return null;
    }

    /** "the mediation of Qatar", "adversaries like China": who the noun is about. */
    static Mention nominalAgent(String sentence, Trigger t, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() < t.end()) continue;
            return NOMINAL_AGENT.matcher(sentence.substring(t.end(), m.start())).matches() ? m : null;
        }
        return null;
    }

    /**
     * "M23, the rebel group backed by Rwanda's government, took over ...": when an apposition closes right before
     * the verb, its subject is the entity before the apposition.
     */
    static Mention beforeApposition(String sentence, Mention before, Trigger t, List<Mention> mentions, Set<Mention> goBetweens) {
        String gap = sentence.substring(before.end(), t.start());
        boolean closesAtVerb = APPOSITION_CLOSE.matcher(gap).matches();
        if (!closesAtVerb && !APPOSITION_THEN_VERB_GROUP.matcher(gap).matches()) return before;
        int open = sentence.lastIndexOf(',', before.start());
        if (open < 0) return before;
        Mention subject = null;
        for (Mention m : mentions) {
            if (m.end() <= open && !goBetweens.contains(m)) subject = m;
        }
        if (subject == null) return before;
        // "Russia, China's "unlimited partner," has made overtures to broker": with words between the apposition and
        // the trigger, the subject must stand right before the apposition's opening comma, or with its head noun
        // ("the M23 rebellion, believed to be supported by Rwanda, have seized")
        return closesAtVerb || HEAD_NOUN_GAP.matcher(sentence.substring(subject.end(), open)).matches() ? subject : before;
    }

    private static final Pattern HEAD_NOUN_GAP = Pattern.compile("^\\s*(?:\\p{Ll}[\\p{L}-]*)?\\s*$");

    private static final Pattern APPOSITION_THEN_VERB_GROUP = Pattern.compile("^[^,]*,[”\"']?\\s+(?:[\\p{L}-]+\\s+){1,5}$");

    private static final Pattern PARTICIPLE_BEFORE_BY = Pattern.compile("\\s\\p{L}+(?:ed|en)\\s+by\\b");

    /** A form of "be" (and at most one adverb) right before a participle: a finite passive. */
    static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|being)\\s+(?:[\\p{L}]+ly\\s+|not\\s+|also\\s+|still\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Place, time and date adjuncts only: "in Washington on Friday, June 27, 2025, by ". */
    private static final Pattern ADJUNCTS_THEN_BY = Pattern.compile(
            "^\\s+(?:in|on|at|last|earlier|later)\\s[^;:()]{0,50}?\\s+by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "\\b(?:which|that|who|and|but|or|after|before|while|when|where|as)\\b", Pattern.CASE_INSENSITIVE);

    /** "... made to him by the American government": the entity after a "by" close behind the trigger. */
    static Mention passiveAgent(String sentence, Trigger t, List<Mention> mentions) {
        if (PASSIVE_BEFORE.matcher(sentence.substring(Math.max(0, t.start() - 20), t.start())).find()) {
            // "was signed in Washington on Friday, June 27, 2025, by Rwanda and the DRC": a finite passive keeps its
            // agent past place and date adjuncts, whatever entity the place names
            for (Mention m : mentions) {
                if (m.start() <= t.end()) continue;
                String gap = sentence.substring(t.end(), m.start());
                if (ADJUNCTS_THEN_BY.matcher(gap).matches() && !CLAUSE_WORD.matcher(gap).find()) return m;
            }
        }
        for (Mention m : mentions) {
            if (m.start() <= t.end()) continue;
            String gap = sentence.substring(t.end(), m.start());
            if (gap.length() > 40 || CLAUSE_PUNCT.matcher(gap).find()) return null;
            String lower = gap.toLowerCase(Locale.ROOT);
            // "signed a peace deal facilitated by the U.S.": a participle before "by" takes the agent, not the trigger
            if (PARTICIPLE_BEFORE_BY.matcher(lower).find()) return null;
            return lower.matches(".*\\bby\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}]+\\s+){0,2}?(?:of\\s+(?:the\\s+)?)?$")
                    && (lower.matches(".*\\bby\\s+(?:the\\s+|a\\s+)?$") || lower.matches(".*\\bof\\s+(?:the\\s+)?$")) ? m : null;
        }
        return null;
    }
}
