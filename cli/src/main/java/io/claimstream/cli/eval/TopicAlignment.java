package io.claimstream.cli.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which of our deals a labelled deal topic is. The labels' topics are finer than a deal ("us-drc-minerals-security"
 * and "china-drc-mining" are two bidders for one host's minerals, which is one deal here), and their names are the
 * labeller's, so the link is found, not configured: a topic is the deal that the claims of most of its articles went
 * to, provided at least {@link #MIN_SHARE} of its articles put a claim there (a topic whose articles spread over no
 * deal, such as a peace accord between two hosts, aligns with nothing).
 */
final class TopicAlignment {

    static final double MIN_SHARE = 0.25;

    private TopicAlignment() {
    }

    /**
     * @param topicsByArticle the labelled topics of each article
     * @param dealsByArticle the deals each article's claims went to (through its piece, for copies)
     * @return deal id to the topics aligned with it, in deal-id order
     */
    static Map<String, Set<String>> align(Map<String, Set<String>> topicsByArticle, Map<String, Set<String>> dealsByArticle) {
        Map<String, Set<String>> articlesByTopic = new TreeMap<>();
        topicsByArticle.forEach((id, topics) -> topics.forEach(t -> articlesByTopic.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(id)));
        Map<String, Set<String>> topicsByDeal = new TreeMap<>();
        articlesByTopic.forEach((topic, articles) -> dealOf(articles, dealsByArticle)
                .ifPresent(deal -> topicsByDeal.computeIfAbsent(deal, k -> new LinkedHashSet<>()).add(topic)));
        return topicsByDeal;
    }

    private static Optional<String> dealOf(Set<String> articles, Map<String, Set<String>> dealsByArticle) {
        Map<String, Integer> votes = new TreeMap<>();
        articles.forEach(id -> dealsByArticle.getOrDefault(id, Set.of()).forEach(d -> votes.merge(d, 1, Integer::sum)));
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) { // deal-id order: the smaller id wins a tie
            if (vote.getValue() > most) {
                most = vote.getValue();
                best = vote.getKey();
            }
        }
        return most >= MIN_SHARE * articles.size() ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The articles labelled with any of the topics. */
    static Set<String> articlesOf(Set<String> topics, Map<String, Set<String>> topicsByArticle) {
        Set<String> out = new LinkedHashSet<>();
        topicsByArticle.forEach((id, ts) -> {
            if (ts.stream().anyMatch(topics::contains)) out.add(id);
        });
        return out;
    }

    static Map<String, Set<String>> topicsByArticle(Iterable<String> ids, Labels labels) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, labels.dealTopics(id)));
        return out;
    }
}
