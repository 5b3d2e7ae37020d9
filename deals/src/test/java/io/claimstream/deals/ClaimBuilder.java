package io.claimstream.deals;

import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Consideration;
import io.claimstream.schema.Entity;
import io.claimstream.schema.Evidence;
import io.claimstream.schema.Polarity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder for Claim: sensible defaults, so a test states only what matters to it. */
final class ClaimBuilder {

    private String id;
    private String articleId = "article-1";
    private Entity actor = Entities.drc();
    private Action action = Action.OFFER;
    private Polarity polarity = Polarity.ASSERTED;
    private Entity counterparty = Entities.us();
    private final List<Entity> intermediaries = new ArrayList<>();
    private final List<String> assets = new ArrayList<>(List.of("cobalt"));
    private final List<Consideration> considerations = new ArrayList<>();
    private final List<String> hedges = new ArrayList<>();
    private String attribution;
    private String sentence = "The DRC offered the United States access to its cobalt.";
    private String sourceDomain = "example.com";
    private Instant publishedAt = day("2025-03-19");

    static ClaimBuilder aClaim(String id) {
        ClaimBuilder builder = new ClaimBuilder();
        builder.id = id;
        return builder;
    }

    static Instant day(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    ClaimBuilder inArticle(String articleId) { this.articleId = articleId; return this; }
    ClaimBuilder from(String sourceDomain) { this.sourceDomain = sourceDomain; return this; }
    ClaimBuilder publishedOn(String isoDate) { this.publishedAt = day(isoDate); return this; }
    ClaimBuilder publishedAt(Instant at) { this.publishedAt = at; return this; }
    ClaimBuilder unpublished() { this.publishedAt = null; return this; }
    ClaimBuilder by(Entity actor) { this.actor = actor; return this; }
    ClaimBuilder to(Entity counterparty) { this.counterparty = counterparty; return this; }
    ClaimBuilder toNobody() { this.counterparty = null; return this; }
    ClaimBuilder via(Entity intermediary) { this.intermediaries.add(intermediary); return this; }
    ClaimBuilder does(Action action) { this.action = action; return this; }
    ClaimBuilder negated() { this.polarity = Polarity.NEGATED; return this; }
    ClaimBuilder hedgedBy(String hedge) { this.hedges.add(hedge); return this; }
    ClaimBuilder attributedTo(String attribution) { this.attribution = attribution; return this; }
    ClaimBuilder saying(String sentence) { this.sentence = sentence; return this; }
    ClaimBuilder withAssets(String... assets) { this.assets.clear(); this.assets.addAll(List.of(assets)); return this; }
    ClaimBuilder inReturnFor(String kind, String surface) {
        this.considerations.add(new Consideration(kind, surface, null, null));
        return this;
    }

    Claim build() {
        Evidence evidence = Evidence.newBuilder()
                .setArticleId(articleId)
                .setSentence(sentence)
                .setStart(0)
                .setEnd(sentence.length())
                .setPublishedAt(publishedAt)
                .setSourceDomain(sourceDomain)
                .setUrl("https://" + sourceDomain + "/" + articleId)
                .build();
        return Claim.newBuilder()
                .setId(id)
                .setArticleId(articleId)
                .setActor(actor)
                .setAction(action)
                .setPolarity(polarity)
                .setCounterparty(counterparty)
                .setIntermediaries(new ArrayList<>(intermediaries))
                .setAssets(new ArrayList<>(assets))
                .setConsideration(new ArrayList<>(considerations))
                .setHedged(!hedges.isEmpty())
                .setHedges(new ArrayList<>(hedges))
                .setAttribution(attribution)
                .setEvidence(evidence)
                .setDealId(null)
                .setExtractorVersion("test")
                .build();
    }
}
