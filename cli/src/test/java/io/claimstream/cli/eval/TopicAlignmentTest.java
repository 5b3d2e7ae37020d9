package io.claimstream.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicAlignmentTest {

    @Test
    void twoBiddersTopicsForOneHostsMineralsAlignWithThatOneDeal() {
        Map<String, Set<String>> topics = Map.of(
                "a1", Set.of("us-bid"), "a2", Set.of("us-bid"), "a3", Set.of("china-bid"), "a4", Set.of("eu-rwanda"));
        Map<String, Set<String>> deals = Map.of(
                "a1", Set.of("CD:minerals"), "a2", Set.of("CD:minerals"), "a3", Set.of("CD:minerals"), "a4", Set.of("RW:minerals"));

        assertThat(TopicAlignment.align(topics, deals))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CD:minerals", Set.of("china-bid", "us-bid"), "RW:minerals", Set.of("eu-rwanda")));
    }

    @Test
    void aTopicAlignsWithTheDealMostOfItsArticlesFeed() {
        Map<String, Set<String>> topics = Map.of("a1", Set.of("t"), "a2", Set.of("t"), "a3", Set.of("t"));
        Map<String, Set<String>> deals = Map.of(
                "a1", Set.of("CD:minerals", "RW:minerals"), "a2", Set.of("RW:minerals"), "a3", Set.of("RW:minerals"));

        assertThat(TopicAlignment.align(topics, deals)).containsOnlyKeys("RW:minerals");
    }

    @Test
    void aTopicWhoseArticlesFeedAlmostNoDealAlignsWithNothing() {
        Map<String, Set<String>> topics = Map.of("a1", Set.of("peace"), "a2", Set.of("peace"), "a3", Set.of("peace"),
                "a4", Set.of("peace"), "a5", Set.of("peace"));
        Map<String, Set<String>> deals = Map.of("a1", Set.of("CD:minerals"));

        assertThat(TopicAlignment.align(topics, deals)).isEmpty();
    }

    @Test
    void theArticlesOfAlignedTopicsAreThoseLabelledWithAnyOfThem() {
        Map<String, Set<String>> topics = Map.of("a1", Set.of("us-bid"), "a2", Set.of("china-bid", "other"), "a3", Set.of("other"));

        assertThat(TopicAlignment.articlesOf(Set.of("us-bid", "china-bid"), topics)).containsExactlyInAnyOrder("a1", "a2");
    }
}
