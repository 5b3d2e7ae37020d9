package io.claimstream.claims;

import io.claimstream.claims.DomainResource.EntityDef;
import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The main claims of one article: what an editor would list as "who did what with whom" (about two or three per
 * article), out of every claim the sentence rules find (about four or five distinct ones). Claims that name the same
 * states with the same action class (OFFER ~ PROPOSE; SIGN/NEGOTIATE in either order) form one statement; a statement
 * scores
 * <ul>
 *   <li>by its action: a deal offered, proposed, signed or mediated, or territory seized, is the news; wanting,
 *       asking, sanctioning is often colour around it, and an investment sentence is usually background
 *       ({@link #ACTION_WEIGHT});</li>
 *   <li>by how early it first appears (the headline and lead state the news: 1 / (1 + rank of its first sentence
 *       among the claim sentences)) and how often the article repeats it (+0.4 per further sentence, up to two);</li>
 *   <li>+0.3 when a host is a party (the story is about its resources), +0.3 when hedged or +0.2 when attributed
 *       (reported deals are what the story reports), +0.2 when a sentence names an asset or a consideration;
 *       -0.5 for a company actor (company deals are usually detail under a state's claim); -1 without a
 *       counterparty (a one-party claim is rarely the point).</li>
 * </ul>
 * A statement scoring under {@link #MIN_SCORE} is never main; of the rest the best {@link #MAX_STATEMENTS} are kept,
 * at most {@link #MAX_PER_PAIR} for one pair of parties (the same two states with a third verb is a rewording, not a
 * new claim), and a SEEK/REQUEST/INVEST/COMPETE statement is dropped when its pair has a main-worthy OFFER, PROPOSE,
 * SIGN or NEGOTIATE statement (the same deal or talks told from the other side or by its wish, ask or money: claims
 * that differ only in an action synonym merge into the deal). A MEDIATE statement is one per mediator, whichever
 * party a sentence names.
 * Each kept statement is returned as its first claim (the earliest sentence: headline or lead), in article order;
 * {@link ExtractionResult#claims()} keeps every sentence's claim as evidence. The weights were set on the labelled
 * dev corpus (claims/README.md, "Main claims"). Pure and thread-safe.
 */
final class MainClaimSelector {

    static final int MAX_STATEMENTS = 3;
    static final int MAX_PER_PAIR = 2;
    static final double MIN_SCORE = 1.2;

    private static final Map<Action, Double> ACTION_WEIGHT = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.OFFER, 1.0), Map.entry(Action.PROPOSE, 1.0), Map.entry(Action.SIGN, 0.8),
            Map.entry(Action.SEIZE, 0.8), Map.entry(Action.MEDIATE, 0.8), Map.entry(Action.NEGOTIATE, 0.5),
            Map.entry(Action.COMPETE, 0.5), Map.entry(Action.DENY, 0.5), Map.entry(Action.REQUEST, 0.5), Map.entry(Action.REVIEW, 0.5),
            Map.entry(Action.SANCTION, 0.4), Map.entry(Action.SEEK, 0.4), Map.entry(Action.WITHDRAW, 0.2),
            Map.entry(Action.INVEST, 0.0), Map.entry(Action.OTHER, 0.0)));
    private static final Set<Action> DEAL = EnumSet.of(Action.OFFER, Action.PROPOSE, Action.SIGN);
    private static final Set<Action> DEAL_REWORDING = EnumSet.of(Action.SEEK, Action.REQUEST, Action.INVEST, Action.COMPETE);
    private static final Set<Action> DEAL_OR_TALKS = EnumSet.of(Action.OFFER, Action.PROPOSE, Action.SIGN, Action.NEGOTIATE);
    private static final Set<Action> MUTUAL = EnumSet.of(Action.SIGN, Action.NEGOTIATE);
    private static final Set<Action> OFFER_CLASS = EnumSet.of(Action.OFFER, Action.PROPOSE);

    private final java.util.Set<String> hosts;
    private final Map<String, String> stateById;

    MainClaimSelector(DomainResource domain) {
        this.hosts = domain.hosts();
        this.stateById = domain.entities().stream()
                .collect(Collectors.toMap(EntityDef::id, e -> e.state().orElse(e.id()), (a, b) -> a, HashMap::new));
    }

    List<Claim> select(List<Claim> claims) {
        if (claims.isEmpty()) return List.of();
        List<Integer> sentenceStarts = new ArrayList<>(new TreeSet<>(claims.stream().map(c -> c.getEvidence().getStart()).toList()));
        Map<String, List<Claim>> statements = new LinkedHashMap<>();
        for (Claim c : claims) statements.computeIfAbsent(statementKey(c), k -> new ArrayList<>()).add(c);

        record Scored(List<Claim> claims, double score, String pair) {}
        List<Scored> ranked = statements.values().stream()
                .map(group -> new Scored(group, score(group, sentenceStarts), pairKey(group.get(0))))
                .filter(s -> s.score() >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .toList();
        // the same deal told from the other side ("the DRC offered the US minerals", "the US wants Congolese
        // minerals") or by its wish/ask/money is a rewording of the offer, proposal, signing or talks of that pair
        // ("optimistic about a deal with Washington to secure US investment" is the talks, not a US investment)
        Set<String> dealPairs = ranked.stream().filter(s -> DEAL_OR_TALKS.contains(s.claims().get(0).getAction()))
                .map(Scored::pair).collect(Collectors.toSet());
        Map<String, Integer> perPair = new HashMap<>();
        Set<Claim> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int statementsKept = 0;
        for (Scored s : ranked) {
            if (statementsKept >= MAX_STATEMENTS) break;
            if (DEAL_REWORDING.contains(s.claims().get(0).getAction()) && dealPairs.contains(s.pair())) continue;
            if (onlyBesideAStrongerMove(s.claims(), claims)) continue;
            if (perPair.merge(s.pair(), 1, Integer::sum) > MAX_PER_PAIR) continue;
            kept.add(s.claims().get(0));
            statementsKept++;
        }
        return claims.stream().filter(kept::contains).toList();
    }

    /**
     * "During talks with the PM, the delegation presented a letter of intent": the meeting is where the deal was told;
     * "met with Tshisekedi to discuss ... US investments": the investment is what the talks were about. A statement
     * whose every sentence also tells a stronger move between the same pair is part of that move.
     */
    private boolean onlyBesideAStrongerMove(List<Claim> statement, List<Claim> all) {
        Action action = statement.get(0).getAction();
        Set<Action> stronger = action == Action.NEGOTIATE ? DEAL
                : DEAL_REWORDING.contains(action) ? DEAL_OR_TALKS : Set.of();
        if (stronger.isEmpty()) return false;
        String pair = pairKey(statement.get(0));
        return statement.stream().allMatch(c -> all.stream().anyMatch(o -> stronger.contains(o.getAction())
                && o.getEvidence().getStart() == c.getEvidence().getStart() && pairKey(o).equals(pair)));
    }

    private double score(List<Claim> group, List<Integer> sentenceStarts) {
        Claim first = group.get(0);
        int firstSentence = sentenceStarts.indexOf(group.stream().mapToInt(c -> c.getEvidence().getStart()).min().orElseThrow());
        long sentences = group.stream().map(c -> c.getEvidence().getStart()).distinct().count();
        double score = ACTION_WEIGHT.getOrDefault(first.getAction(), 0.0)
                + 1.0 / (1 + firstSentence)
                + 0.4 * Math.min(2, sentences - 1);
        boolean hostParty = hosts.contains(state(first.getActor()))
                || first.getCounterparty() != null && hosts.contains(state(first.getCounterparty()));
        if (hostParty) score += 0.3;
        if (first.getCounterparty() == null) score -= 1.0;
        if (first.getActor().getType() == EntityType.COMPANY) score -= 0.5;
        if (group.stream().anyMatch(c -> !c.getAssets().isEmpty() || !c.getConsideration().isEmpty())) score += 0.2;
        if (group.stream().anyMatch(c -> c.getAttribution() != null)) score += 0.2;
        if (group.stream().anyMatch(Claim::getHedged)) score += 0.3;
        return score;
    }

    private String statementKey(Claim c) {
        String actor = state(c.getActor());
        String counterparty = c.getCounterparty() == null ? "-" : state(c.getCounterparty());
        String action = OFFER_CLASS.contains(c.getAction()) ? "OFFER|PROPOSE" : c.getAction().name();
        // a mediator mediates between parties: "brokered a deal between the DRC and Rwanda" is one statement,
        // whichever of the two a sentence names first
        if (c.getAction() == Action.MEDIATE) return actor + "|" + action + "|*";
        if (MUTUAL.contains(c.getAction()) && actor.compareTo(counterparty) > 0) return counterparty + "|" + action + "|" + actor;
        return actor + "|" + action + "|" + counterparty;
    }

    private String pairKey(Claim c) {
        String a = state(c.getActor()), b = c.getCounterparty() == null ? "-" : state(c.getCounterparty());
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private String state(Entity e) {
        return stateById.getOrDefault(e.getId(), e.getId());
    }
}
