package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.claims.SentenceClaimFinder.Found;
import io.claimstream.claims.SentenceClaimFinder.Mention;

import java.util.HashMap;
import java.util.Map;

/**
 * Article-level memory for the one inference the sentence rules cannot make: a claim with no counterparty in its
 * sentence ("In return, the Congolese leader requested a formal security pact") takes the party its actor last dealt
 * with in the article. The mention keeps the earlier surface text so the evidence stays honest. One per article.
 */
final class Discourse {

    private final Map<EntityDef, Mention> lastOtherParty = new HashMap<>();
    private final Lexicon lexicon;

    Discourse(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Found resolve(Found f) {
        Found out = f;
        if (f.counterparty() == null) {
            Mention remembered = lastOtherParty.get(f.actor().entity());
            if (remembered != null && lexicon.actionDefs.get(f.action()).allowsCounterparty(remembered.entity().type())) {
                out = new Found(f.actor(), f.action(), f.polarity(), remembered, f.intermediaries(), f.assets(),
                        f.considerations(), f.hedges(), f.attribution(), f.aboutResources());
            }
        }
        if (out.counterparty() != null) {
            lastOtherParty.put(out.actor().entity(), out.counterparty());
            lastOtherParty.put(out.counterparty().entity(), out.actor());
        }
        return out;
    }
}
