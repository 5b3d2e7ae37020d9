package io.claimstream.deals;

import io.claimstream.schema.Claim;
import io.claimstream.schema.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns a claim to a deal. The single place where the assignment rules live (README, "Deal identity"):
 * <ol>
 *   <li>mediation, sanctions and seizures are not bids: no deal;</li>
 *   <li>an armed group as actor or counterparty: no deal (conflict context, never a bidder);</li>
 *   <li>the host is the actor or counterparty listed as a host; both: no deal; none: no deal, except for a rivalry
 *       between bidders ("the US and China are competing for influence"), which belongs to the deal its article is
 *       about ({@link #assignAll(List)});</li>
 *   <li>the bidder is the other party, and must be of a bidder type (country, bloc, company);</li>
 *   <li>the resource is the asset group holding most of the claim's assets (ties: file order),
 *       else the host's default resource.</li>
 * </ol>
 * Intermediaries (Qatar acting through Rwanda) are never host nor bidder.
 */
public final class DealAssigner {

    private final DealRules rules;

    public DealAssigner(DealRules rules) {
        this.rules = rules;
    }

    public static DealAssigner withDefaultRules() {
        return new DealAssigner(DealRules.loadDefault());
    }

    public Optional<DealKey> assign(Claim claim) {
        return decide(claim).deal();
    }

    public Assignment decide(Claim claim) {
        return decide(claim, true);
    }

    private Assignment decideAlone(Claim claim) {
        return decide(claim, false);
    }

    private Assignment decide(Claim claim, boolean trustRivalryDeal) {
        if (rules.nonBidActions().contains(claim.getAction())) {
            return new Assignment.NoDeal(NoDealReason.NOT_A_BID_ACTION);
        }
        Entity actor = claim.getActor();
        Entity counterparty = claim.getCounterparty();
        if (isExcluded(actor) || isExcluded(counterparty)) {
            return new Assignment.NoDeal(NoDealReason.ARMED_GROUP_PARTY);
        }
        boolean actorHosts = isHost(actor);
        boolean counterpartyHosts = isHost(counterparty);
        if (actorHosts && counterpartyHosts) {
            return new Assignment.NoDeal(NoDealReason.BETWEEN_HOSTS);
        }
        if (!actorHosts && !counterpartyHosts) {
            return trustRivalryDeal && isRivalry(claim) ? rivalryDeal(claim) : new Assignment.NoDeal(NoDealReason.NO_HOST);
        }
        Entity hostParty = actorHosts ? actor : counterparty;
        Entity bidder = actorHosts ? counterparty : actor;
        if (bidder == null || !rules.bidderTypes().contains(bidder.getType())) {
            return new Assignment.NoDeal(NoDealReason.NO_ELIGIBLE_BIDDER);
        }
        DealRules.Host host = rules.host(hostParty.getId()).orElseThrow();
        return new Assignment.ToDeal(DealKey.of(canonicalHost(host), resourceFor(claim.getAssets(), host)), canonical(bidder));
    }

    /**
     * The deals of one article's claims, in order. Each claim goes to its own deal as {@link #decide(Claim)} says;
     * a rivalry between two bidders names no host ("China's dominance is what the US wants to counter"), so it goes to
     * the deal the rest of the article is about: the one most of its claims go to (ties: the earliest). The rivalry
     * claim must then carry that deal in {@link Claim#getDealId()}, which {@link #decide(Claim)} reads for rivalries
     * only.
     */
    public List<Optional<DealKey>> assignAll(List<Claim> claimsOfOneArticle) {
        List<Optional<DealKey>> own = claimsOfOneArticle.stream().map(c -> decideAlone(c).deal()).toList();
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, DealKey> keys = new LinkedHashMap<>();
        own.forEach(k -> k.ifPresent(key -> {
            votes.merge(key.dealId(), 1, Integer::sum);
            keys.putIfAbsent(key.dealId(), key);
        }));
        DealKey articleDeal = null;
        int most = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) { // strictly more: the earliest deal wins a tie
                most = vote.getValue();
                articleDeal = keys.get(vote.getKey());
            }
        }
        List<Optional<DealKey>> out = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            out.add(own.get(i).isPresent() || !isRivalry(claimsOfOneArticle.get(i)) ? own.get(i) : Optional.ofNullable(articleDeal));
        }
        return out;
    }

    /** The host entity as the rules name it, so that a deal's host does not depend on which claim came first. */
    public Entity canonicalHost(DealRules.Host host) {
        return new Entity(host.id(), host.type(), host.name(), host.name());
    }

    public Optional<DealKey> keyFor(String hostId, String resource) {
        return rules.host(hostId).map(h -> DealKey.of(canonicalHost(h), resource));
    }

    static Entity canonical(Entity entity) {
        return new Entity(entity.getId(), entity.getType(), entity.getName(), entity.getName());
    }

    private String resourceFor(List<String> assets, DealRules.Host host) {
        List<DealRules.Resource> resources = rules.resources();
        return resources.stream()
                .filter(r -> countIn(r, assets) > 0)
                .max(Comparator.<DealRules.Resource>comparingLong(r -> countIn(r, assets))
                        .thenComparingInt(r -> -resources.indexOf(r)))
                .map(DealRules.Resource::id)
                .orElse(host.defaultResource());
    }

    private static long countIn(DealRules.Resource resource, List<String> assets) {
        return assets.stream().distinct().filter(resource.assets()::contains).count();
    }

    /** Two would-be bidders set against each other, or one presented as the contender: who competes for the article's deal. */
    private boolean isRivalry(Claim claim) {
        Entity actor = claim.getActor();
        Entity counterparty = claim.getCounterparty();
        return rules.rivalryActions().contains(claim.getAction())
                && eligibleBidder(actor) && (counterparty == null || eligibleBidder(counterparty));
    }

    private boolean eligibleBidder(Entity entity) {
        return rules.bidderTypes().contains(entity.getType()) && !isHost(entity) && !isExcluded(entity);
    }

    /** The actor is the contender; the deal is the one its article is about, as {@link #assignAll(List)} found it. */
    private Assignment rivalryDeal(Claim claim) {
        String dealId = claim.getDealId();
        int colon = dealId == null ? -1 : dealId.indexOf(':');
        if (colon < 0) {
            return new Assignment.NoDeal(NoDealReason.NO_HOST);
        }
        Optional<DealKey> key = keyFor(dealId.substring(0, colon), dealId.substring(colon + 1));
        return key.<Assignment>map(k -> new Assignment.ToDeal(k, canonical(claim.getActor())))
                .orElse(new Assignment.NoDeal(NoDealReason.NO_HOST));
    }

    private boolean isHost(Entity entity) {
        return entity != null && rules.host(entity.getId()).isPresent();
    }

    private boolean isExcluded(Entity entity) {
        return entity != null && rules.excludedPartyTypes().contains(entity.getType());
    }
}
