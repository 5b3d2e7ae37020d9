package io.claimstream.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.SchemaRegistries;
import io.claimstream.streams.metrics.PipelineMetrics;
import io.claimstream.streams.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * Pins every processor, store, repartition topic and join name: renaming one silently abandons its state and
 * internal topics in a running deployment, so it must be a deliberate change to the snapshot.
 * Run with -Dsnapshot.update=true to rewrite the snapshot after an intended change.
 */
class TopologySnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/io/claimstream/streams/topology/topology.txt");

    static Topology topology() {
        return ClaimstreamTopology.build(Topics.defaults(3, (short) 1),
                new PipelineSettings(Duration.ofDays(30), 1_000_000),
                new RegistrySerdes(SchemaRegistries.mock("snapshot")),
                TestStages.unused(), PipelineMetrics.noop());
    }

    @Test
    void topologyDescriptionMatchesTheSnapshot() throws IOException {
        String described = topology().describe().toString();
        if (Boolean.getBoolean("snapshot.update") || !Files.exists(SNAPSHOT)) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, described, StandardCharsets.UTF_8);
        }
        assertThat(described).isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }

    @Test
    void everyInternalResourceIsExplicitlyNamed() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "snapshot");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        // TopologyTestDriver initialises the topology with the naming check on: an auto-generated name fails here.
        try (var driver = new org.apache.kafka.streams.TopologyTestDriver(topology(), props)) {
            assertThat(driver.producedTopicNames()).isEmpty();
        }
        String described = topology().describe().toString();
        assertThat(described).doesNotContain("KSTREAM-").doesNotContain("KTABLE-").doesNotContain("COGROUPKSTREAM-");
        for (TopologyDescription.Subtopology s : topology().describe().subtopologies()) {
            assertThat(s.nodes()).isNotEmpty();
        }
    }
}
