package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.claims.SentenceClaimFinder.Found;
import io.claimstream.claims.SentenceClaimFinder.Mention;

import io.claimstream.schema.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article-level memory for the one inference the sentence rules cannot make: a claim with no counterparty in its
 * sentence ("In return, the Congolese leader requested a formal security pact") takes the party its actor last dealt
 * with in the article. The mention keeps the earlier surface text so the evidence stays honest. One per article.
 */
final class Discourse {

    private final Map<EntityDef, Mention> lastOtherParty = new HashMap<>();
    private Mention lastSubject;
    private Mention lastArmedGroup;
    private List<Mention> earlierCountries = List.of();
    private List<Mention> sentenceCountries = List.of();
    private final Lexicon lexicon;
    private final Mention hostMention;

    Discourse(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.hostMention = lexicon.hostEntity == null ? null : new Mention(lexicon.hostEntity, 0, 0, lexicon.hostEntity.name());
    }

    /**
     * Who a sentence-initial "He"/"She"/"They" most likely means: the latest sentence's named subject (the simplest
     * centering rule: the subject stays in focus until another entity takes its place). Null before any.
     */
    Mention pronounReferent() {
        return lastSubject;
    }

    /** Who "The group" or "The rebels" opening a sentence stands for: the armed group last named. */
    Mention armedGroupReferent() {
        return lastArmedGroup;
    }

    /**
     * After each sentence: its named subject, if any, becomes the referent of the next pronoun; the last armed group
     * it names, the referent of the next "The group".
     */
    void sentenceSeen(Mention subject, List<Mention> named) {
        if (subject != null) lastSubject = subject;
        for (Mention m : named) {
            if (m.entity().type() == EntityType.ARMED_GROUP) lastArmedGroup = m;
        }
        List<Mention> countries = named.stream().filter(m -> m.entity().type() == EntityType.COUNTRY).toList();
        if (!sentenceCountries.isEmpty()) {
            List<Mention> earlier = new ArrayList<>(earlierCountries);
            earlier.addAll(sentenceCountries);
            earlierCountries = earlier.subList(Math.max(0, earlier.size() - 8), earlier.size());
        }
        sentenceCountries = countries;
    }

    private static final Pattern THE_COUNTRY = Pattern.compile("\\bthe country\\b");

    /**
     * "announced its intention to inject $21 billion into various sectors of the country": "the country" after the
     * actor is the country last named before it that is not the actor's own (a country named later in the sentence
     * cannot be what it points back to). Null when the sentence has no such phrase or no such country.
     */
    private Mention countryPointedBack(String sentence, Found f) {
        Matcher m = THE_COUNTRY.matcher(sentence);
        if (!m.find(f.actor().end())) return null;
        int at = m.start();
        for (int i = sentenceCountries.size() - 1; i >= 0; i--) {
            Mention c = sentenceCountries.get(i);
            if (c.end() <= at && !ClauseCues.sameSide(c.entity(), f.actor().entity())) return c;
        }
        for (int i = earlierCountries.size() - 1; i >= 0; i--) {
            Mention c = earlierCountries.get(i);
            if (!ClauseCues.sameSide(c.entity(), f.actor().entity())) return c;
        }
        return null;
    }

    Found resolve(Found f, String sentence) {
        Found out = f;
        Mention pointedBack = f.counterparty() == null ? countryPointedBack(sentence, f) : null;
        if (pointedBack != null && lexicon.actionDefs.get(f.action()).allowsCounterparty(pointedBack.entity().type())) {
            out = new Found(f.actor(), f.action(), f.polarity(), pointedBack, f.intermediaries(), f.assets(),
                    f.considerations(), f.hedges(), f.attribution(), f.aboutResources());
        }
        if (out.counterparty() == null) {
            Mention remembered = lastOtherParty.get(f.actor().entity());
            if (remembered != null && (!f.assets().isEmpty() || !f.considerations().isEmpty())
                    && lexicon.actionDefs.get(f.action()).allowsCounterparty(remembered.entity().type())) {
                out = new Found(f.actor(), f.action(), f.polarity(), remembered, f.intermediaries(), f.assets(),
                        f.considerations(), f.hedges(), f.attribution(), f.aboutResources());
            }
        }
        if (out.counterparty() == null && lexicon.hostConflictActions.contains(out.action()) && hostMention != null
                && !ClauseCues.sameSide(out.actor().entity(), hostMention.entity())) {
            // the story's conflict is the host's: territory seized, a peace brokered, with no other party named and
            // none remembered, is the host's (the domain file's hostConflictActions)
            out = new Found(out.actor(), out.action(), out.polarity(), hostMention, out.intermediaries(), out.assets(),
                    out.considerations(), out.hedges(), out.attribution(), out.aboutResources());
        }
        if (out.counterparty() != null) {
            lastOtherParty.put(out.actor().entity(), out.counterparty());
            lastOtherParty.put(out.counterparty().entity(), out.actor());
        }
        return out;
    }
}
