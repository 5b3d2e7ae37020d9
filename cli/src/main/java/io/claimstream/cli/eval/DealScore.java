package io.claimstream.cli.eval;

import io.claimstream.corpus.Score;
import io.claimstream.schema.Bid;
import io.claimstream.schema.DealState;
import io.claimstream.schema.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Deal-level figures for one of our deals, against the labelled deal topics aligned with it (see {@link TopicAlignment}):
 * its bidder set against the union of bidders_mentioned over the topics' articles, and each bidder's independent-source
 * count against the number of distinct gold stories among those articles that mention it as a bidder.
 */
record DealScore(String dealId, Set<String> topics, Score bidders, Map<String, int[]> sourcesByBidder, Set<String> missing,
                 Set<String> extra) {

    /** Label names to entity ids (labels name bidders as countries or blocs). */
    private static final Map<String, String> LABEL_IDS = Map.ofEntries(
            Map.entry("US", "US"), Map.entry("China", "CN"), Map.entry("Qatar", "QA"), Map.entry("EU", "EU"),
            Map.entry("Saudi Arabia", "SA"), Map.entry("Russia", "RU"), Map.entry("UK", "GB"), Map.entry("Belgium", "BE"),
            Map.entry("United Arab Emirates", "AE"), Map.entry("UAE", "AE"), Map.entry("Japan", "JP"), Map.entry("India", "IN"));

    /**
     * @param deal null when the pipeline built no such deal (every gold bidder is then missing)
     * @param topicArticles the ids of the articles labelled with the topics aligned to this deal
     * @param stateOf the state a bidder acts for (itself for countries and blocs), or null when it has none
     */
    static DealScore of(String dealId, DealState deal, Set<String> topics, Set<String> topicArticles, Labels labels,
                        Function<Entity, String> stateOf) {
        Map<String, Set<String>> goldStories = new TreeMap<>();
        for (String id : topicArticles) {
            for (String name : labels.biddersMentioned(id)) {
                goldStories.computeIfAbsent(LABEL_IDS.getOrDefault(name, name), k -> new LinkedHashSet<>()).add(labels.story(id));
            }
        }
        Map<String, Integer> ours = new LinkedHashMap<>();
        if (deal != null) {
            // The labels name states: a company's bid (KoBold, Zijin, Al Mansour) counts for the state it acts for,
            // and a state's independent sources are the distinct pieces behind its own and its companies' bids.
            Map<String, Set<String>> pieces = new TreeMap<>();
            Map<String, Integer> counted = new TreeMap<>();
            for (Bid bid : deal.getBids()) {
                String state = stateOf.apply(bid.getBidder());
                if (state == null) continue;
                bid.getEvidence().forEach(e -> pieces.computeIfAbsent(state, k -> new LinkedHashSet<>()).add(e.getPieceId()));
                counted.merge(state, bid.getIndependentSources(), Math::max);
            }
            // evidence is capped per bid; a bid's own count also holds evicted pieces
            counted.forEach((state, n) -> ours.put(state, Math.max(n, pieces.getOrDefault(state, Set.of()).size())));
        }
        Set<String> tp = new LinkedHashSet<>(ours.keySet());
        tp.retainAll(goldStories.keySet());
        Set<String> extra = new LinkedHashSet<>(ours.keySet());
        extra.removeAll(goldStories.keySet());
        Set<String> missing = new LinkedHashSet<>(goldStories.keySet());
        missing.removeAll(ours.keySet());
        Map<String, int[]> sources = new TreeMap<>();
        Set<String> all = new LinkedHashSet<>(goldStories.keySet());
        all.addAll(ours.keySet());
        for (String bidder : all) {
            sources.put(bidder, new int[] {ours.getOrDefault(bidder, 0), goldStories.getOrDefault(bidder, Set.of()).size()});
        }
        return new DealScore(dealId, topics, new Score(tp.size(), extra.size(), missing.size()), sources, missing, extra);
    }

    List<String> render() {
        List<String> lines = new ArrayList<>();
        lines.add("deal " + dealId + " (gold topics " + String.join(", ", topics) + ") bidders: " + bidders
                + (missing.isEmpty() ? "" : " missing " + missing) + (extra.isEmpty() ? "" : " extra " + extra));
        lines.add(String.format("  %-8s %12s %13s", "bidder", "independent", "gold stories"));
        sourcesByBidder.forEach((b, v) -> lines.add(String.format("  %-8s %12d %13d", b, v[0], v[1])));
        return lines;
    }
}
