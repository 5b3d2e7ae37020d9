package io.claimstream.deals;

import io.claimstream.schema.Claim;
import io.claimstream.schema.Entity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns a claim to a deal. The single place where the assignment rules live (README, "Deal identity"):
 * <ol>
 *   <li>mediation, sanctions and seizures are not bids: no deal;</li>
 *   <li>an armed group as actor or counterparty: no deal (conflict context, never a bidder);</li>
 *   <li>the host is the actor or counterparty listed as a host; none: no deal; both: no deal;</li>
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
            return new Assignment.NoDeal(NoDealReason.NO_HOST);
        }
        Entity hostParty = actorHosts ? actor : counterparty;
        Entity bidder = actorHosts ? counterparty : actor;
        if (bidder == null || !rules.bidderTypes().contains(bidder.getType())) {
            return new Assignment.NoDeal(NoDealReason.NO_ELIGIBLE_BIDDER);
        }
        DealRules.Host host = rules.host(hostParty.getId()).orElseThrow();
        return new Assignment.ToDeal(DealKey.of(canonicalHost(host), resourceFor(claim.getAssets(), host)), canonical(bidder));
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

    private boolean isHost(Entity entity) {
        return entity != null && rules.host(entity.getId()).isPresent();
    }

    private boolean isExcluded(Entity entity) {
        return entity != null && rules.excludedPartyTypes().contains(entity.getType());
    }
}
