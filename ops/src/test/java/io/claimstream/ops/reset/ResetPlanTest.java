package io.claimstream.ops.reset;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.ops.lag.GroupMember;
import io.claimstream.streams.topics.TopicLabel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResetPlanTest {

    @Test
    void theExternalSourcesAreRawUniqueDuplicatesAndClaims() {
        assertThat(ApplicationResetter.EXTERNAL_SOURCES).containsExactly(TopicLabel.ARTICLES_RAW, TopicLabel.ARTICLES_UNIQUE,
                TopicLabel.ARTICLES_DUPLICATES, TopicLabel.CLAIMS);
    }

    @Test
    void thePlanNamesEveryTopicAndTheStateDirectory() {
        ResetPlan plan = new ResetPlan("claimstream", List.of("articles.raw.v1", "claims.v1"), List.of("articles.duplicates.v1"),
                List.of("claimstream-dedup-store-changelog"), Path.of("/var/lib/claimstream/claimstream"), false, List.of());

        assertThat(plan.describe())
                .contains("reset to earliest (consumer group claimstream): articles.raw.v1, claims.v1")
                .contains("input topics not on the cluster, skipped: articles.duplicates.v1")
                .contains("delete internal topics: claimstream-dedup-store-changelog")
                .contains("/var/lib/claimstream/claimstream (not present on this machine)");
        assertThat(plan.applicationIsRunning()).isFalse();
    }

    @Test
    void aRefusalListsTheMembersThatAreStillRunning() {
        String reason = ApplicationResetter.refusal("claimstream",
                List.of(new GroupMember("claimstream-1-StreamThread-1-consumer-x", "/10.0.0.5", "claimstream-1", List.of())));

        assertThat(reason).contains("still running").contains("1 active member")
                .contains("claimstream-1-StreamThread-1-consumer-x on /10.0.0.5");
    }
}
