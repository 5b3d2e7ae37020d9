package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is bidding for the host's minerals, in one place so claims and deals agree. A claim names a bidder when
 * <ol>
 *   <li>its action is a bid action (offer, propose, request, negotiate, sign, invest, seek, compete, or review of
 *       a deal the actor already holds; negated ones
 *       too: "no formal proposal has been made" still presents the parties as at the table), and</li>
 *   <li>it is an investment in the host (a bid for access in itself), or it is about the host's resources: one party is on the host's side (the domain file's {@code host} or {@code otherHosts}, or an
 *       entity with role "conflict-party", through which the host's minerals are traded) and the sentence, or for
 *       a whole article any of its claim sentences, names an asset or a resource cue; or the action is
 *       seek/compete/invest and its own sentence names one (China's dominance of the region's mining), and</li>
 *   <li>the bidder is the other, non-host party (actor or counterparty) mapped to the state it acts for: countries
 *       and blocs are themselves, companies and people their {@code affiliation} (KoBold Metals -> US).</li>
 * </ol>
 * Never bidders: the host, armed groups, organisations without a state (UN, AU), and entities whose {@code role} in
 * the domain file is "conflict-party" (e.g. Rwanda) or "reference" (e.g. Ukraine, cited only for comparison).
 * Pure and thread-safe.
 */
public final class BidderRule {

    private static final Set<Action> BID_ACTIONS = EnumSet.of(Action.OFFER, Action.PROPOSE, Action.REQUEST,
            Action.NEGOTIATE, Action.SIGN, Action.INVEST, Action.SEEK, Action.COMPETE, Action.REVIEW);
    private static final Set<Action> SELF_EVIDENT_BIDS = EnumSet.of(Action.SEEK, Action.COMPETE, Action.INVEST);
    private static final Set<String> EXCLUDED_ROLES = Set.of("conflict-party", "reference");

    private final String host;
    private final Set<String> hosts;
    private final Map<String, EntityDef> entities;
    private final PhraseMatcher<String> resourceCues;

    public BidderRule(DomainResource domain) {
        this.host = domain.host();
        this.hosts = domain.hosts();
        this.entities = domain.entities().stream().collect(Collectors.toMap(EntityDef::id, Function.identity(), (a, b) -> a));
        this.resourceCues = new Lexicon(domain).resourceCues;
    }

    /** The host state id from the domain file (CD for the default domain). */
    public String host() {
        return host;
    }

    /** State ids presented as seeking the host's resources across these claims (e.g. one article's), in order seen. */
    public Set<String> bidders(Collection<Claim> claims) {
        boolean articleAboutResources = claims.stream().anyMatch(this::sentenceAboutResources);
        Set<String> out = new LinkedHashSet<>();
        claims.forEach(c -> out.addAll(bidders(c, articleAboutResources)));
        return out;
    }

    /** One claim on its own: its sentence must name an asset or resource word. */
    public Set<String> bidders(Claim claim) {
        return bidders(claim, false);
    }

    /**
     * @param contextAboutResources the surrounding text (e.g. the article) is about the host's resources, so a bid
     *     action with the host ("plans to invest $21 billion in the DRC") counts without a resource word of its own
     */
    public Set<String> bidders(Claim claim, boolean contextAboutResources) {
        if (!BID_ACTIONS.contains(claim.getAction())) return Set.of();
        boolean sentenceAboutResources = sentenceAboutResources(claim);
        boolean hostInvolved = hostSide(claim.getActor()) || claim.getCounterparty() != null && hostSide(claim.getCounterparty());
        Set<String> out = new LinkedHashSet<>();
        // investing in the host is itself a bid for access, whatever the sentence says about minerals
        boolean investsInHost = hostInvolved && claim.getAction() == Action.INVEST;
        if (hostInvolved && (sentenceAboutResources || contextAboutResources) || investsInHost
                || SELF_EVIDENT_BIDS.contains(claim.getAction()) && sentenceAboutResources) {
            eligible(claim.getActor()).ifPresent(out::add);
        }
        if ((hostInvolved && (sentenceAboutResources || contextAboutResources) || investsInHost) && claim.getCounterparty() != null) {
            eligible(claim.getCounterparty()).ifPresent(out::add);
        }
        return out;
    }

    private boolean sentenceAboutResources(Claim claim) {
        return !claim.getAssets().isEmpty() || !resourceCues.find(claim.getEvidence().getSentence()).isEmpty();
    }

    /**
     * The host, or a party to its conflict: conflict parties trade the host's minerals (Qatar "using Rwanda as an
     * intermediary and supplier of Congolese minerals", the EU's raw-materials deal with Rwanda), so a bid made to
     * them is a bid on the host's minerals.
     */
    private boolean hostSide(Entity entity) {
        Optional<String> state = state(entity);
        if (state.filter(hosts::contains).isPresent()) return true;
        EntityDef def = state.map(entities::get).orElse(null);
        return def != null && "conflict-party".equals(def.role());
    }

    private Optional<String> eligible(Entity entity) {
        Optional<String> state = state(entity);
        if (state.isEmpty() || hosts.contains(state.get()) || entity.getType() == EntityType.ARMED_GROUP) return Optional.empty();
        EntityDef stateDef = entities.get(state.get());
        EntityDef own = entities.get(entity.getId());
        if (own != null && own.role() != null && EXCLUDED_ROLES.contains(own.role())) return Optional.empty();
        if (stateDef != null && stateDef.role() != null && EXCLUDED_ROLES.contains(stateDef.role())) return Optional.empty();
        if (stateDef != null && stateDef.type() != EntityType.COUNTRY && stateDef.type() != EntityType.BLOC) return Optional.empty();
        return state;
    }

    private Optional<String> state(Entity entity) {
        EntityDef def = entities.get(entity.getId());
        if (def == null) return Optional.empty();
        return def.state();
    }
}
