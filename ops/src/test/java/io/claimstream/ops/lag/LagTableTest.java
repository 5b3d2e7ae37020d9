package io.claimstream.ops.lag;

import static io.claimstream.ops.lag.FixedLag.partition;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LagTableTest {

    private final GroupMember member = new GroupMember("consumer-1-abc", "/127.0.0.1", "consumer-1",
            List.of(new TopicPartition("articles.raw.v1", 0)));

    @Test
    void groupHeaderSumsOffsetLagAndShowsTheWorstTimeLag() {
        GroupLag g = new GroupLag("claimstream", "Stable", List.of(member), List.of(
                partition("articles.raw.v1", 0, 10, 15, Duration.ofSeconds(187)),
                partition("articles.raw.v1", 1, 3, 5, Duration.ofSeconds(2))));

        assertThat(LagTable.header(g))
                .isEqualTo("GROUP claimstream  state Stable  members 1  total lag 7 records  max time lag 3m07s");
    }

    @Test
    void tableHasKafkasColumnsPlusTimeLagAndDashesForUnknowns() {
        PartitionLag unassignedNoCommit = new PartitionLag("claims.v1", 2, OptionalLong.empty(), OptionalLong.of(9),
                OptionalLong.empty(), Optional.empty(), Optional.empty());
        PartitionLag owned = new PartitionLag("articles.raw.v1", 0, OptionalLong.of(4), OptionalLong.of(4),
                OptionalLong.of(0), Optional.of(Duration.ZERO), Optional.of(member));
        String text = LagTable.render(new LagSnapshot(FixedLag.AT,
                List.of(new GroupLag("claimstream", "Stable", List.of(member), List.of(owned, unassignedNoCommit))),
                Map.of("ghost", "consumer group 'ghost' does not exist")));

        assertThat(text).contains("TOPIC            PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  TIME-LAG  CONSUMER-ID");
        assertThat(text).contains("articles.raw.v1  0          4               4               0    0ms       consumer-1-abc");
        assertThat(text).containsPattern("claims.v1 +2 +- +9 +- +- +- +- +-\n");
        assertThat(text).contains("consumer-1-abc  /127.0.0.1  consumer-1  1            articles.raw.v1(0)");
        assertThat(text).contains("GROUP ghost: consumer group 'ghost' does not exist");
        assertThat(text).contains("a caught-up group can show LAG 1");
    }

    @Test
    void durationsAreShortAndReadable() {
        assertThat(HumanDuration.format(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(HumanDuration.format(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(HumanDuration.format(Duration.ofMinutes(125))).isEqualTo("2h05m");
        assertThat(HumanDuration.format(Duration.ofHours(76))).isEqualTo("3d04h");
    }

    @Test
    void jsonGivesNullForUnknownFiguresAndMillisForTimeLag() {
        PartitionLag p = new PartitionLag("claims.v1", 0, OptionalLong.of(3), OptionalLong.of(5), OptionalLong.of(2),
                Optional.of(Duration.ofSeconds(12)), Optional.empty());
        var json = LagJson.toJson(FixedLag.snapshot(new GroupLag("g", "Empty", List.of(), List.of(p))));

        var node = json.get("groups").get(0);
        assertThat(node.get("totalOffsetLag").asLong()).isEqualTo(2);
        assertThat(node.get("maxTimeLagMs").asLong()).isEqualTo(12_000);
        assertThat(node.get("partitions").get(0).get("consumerId").isNull()).isTrue();
    }
}
