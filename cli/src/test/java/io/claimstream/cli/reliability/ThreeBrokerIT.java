package io.claimstream.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimstream.cli.reliability.IsolatedPipeline.RawRecord;
import io.claimstream.schema.Article;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topology.ClaimstreamTopology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three brokers (and a separate controller: combined nodes fail in Kafka 4.3.1's test kit), every topic with three
 * replicas and {@code min.insync.replicas=2}. The broker leading the first raw partition is shut down mid-run:
 * nothing is lost and the app keeps running. The registry is the shared test stack's.
 */
@ExtendWith(LocalStackExtension.class)
class ThreeBrokerIT {

    private static final List<GoodArticles.Keyed> ARTICLES = GoodArticles.mix(30, 17);

    private static KafkaClusterTestKit cluster;
    private static IsolatedPipeline pipeline;
    private static StreamsApp app;
    private static PipelineOutputs outputs;
    private static TopicDescription rawTopic;
    private static Config rawTopicConfig;
    private static TopicDescription changelog;
    private static Config changelogConfig;

    @BeforeAll
    static void stopOneOfThreeBrokersMidRun(StackEndpoints stack) throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(false).setNumControllerNodes(1).setNumBrokerNodes(3).build())
                .setConfigProp("min.insync.replicas", "2")
                .setConfigProp("default.replication.factor", "3")
                .setConfigProp("offsets.topic.replication.factor", "3")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "3")
                .setConfigProp("transaction.state.log.min.isr", "2")
                .setConfigProp("transaction.state.log.num.partitions", "3")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();

        Map<String, String> settings = new HashMap<>(IsolatedPipeline.FAST_FAILOVER);
        settings.put("topics.replication.factor", "3");
        for (TopicLabel label : TopicLabel.values()) {
            settings.put("topics." + label.label() + ".config.min.insync.replicas", "2");
        }
        // Internal topics (changelogs, repartition topics): three replicas via replication.factor, and this.
        settings.put("kafka.streams.topic.min.insync.replicas", "2");
        pipeline = IsolatedPipeline.create(new StackEndpoints(cluster.bootstrapServers(), stack.schemaRegistryUrl()),
                "three-brokers", 2, settings);
        app = pipeline.start();
        await().atMost(Duration.ofMinutes(2)).until(() -> app.runner().health().ready());

        List<RawRecord> raw = encoded();
        int half = raw.size() / 2;
        pipeline.sendRaw(raw.subList(0, half));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> PipelineOutputs.read(pipeline).decided() >= half / 3);
        try (Admin admin = admin()) {
            String topic = pipeline.topic(TopicLabel.ARTICLES_RAW);
            rawTopic = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            rawTopicConfig = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            String changelogName = pipeline.config().applicationId() + "-" + ClaimstreamTopology.DEAL_STATE_STORE + "-changelog";
            changelog = admin.describeTopics(List.of(changelogName)).allTopicNames().get(30, TimeUnit.SECONDS).get(changelogName);
            ConfigResource changelogResource = new ConfigResource(ConfigResource.Type.TOPIC, changelogName);
            changelogConfig = admin.describeConfigs(List.of(changelogResource)).all().get(30, TimeUnit.SECONDS).get(changelogResource);
        }
        int leader = rawTopic.partitions().get(0).leader().id();
        cluster.brokers().get(leader).shutdown();
        pipeline.sendRaw(raw.subList(half, raw.size()));

        pipeline.awaitCaughtUp(Duration.ofMinutes(3), () -> app.runner().health().ready());
        outputs = PipelineOutputs.read(pipeline);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void topicsAreCreatedWithThreeReplicasAndTwoInSync() {
        assertThat(rawTopic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        assertThat(rawTopicConfig.get("min.insync.replicas").value()).isEqualTo("2");
    }

    @Test
    void theStoresChangelogsToo() {
        assertThat(changelog.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        assertThat(changelogConfig.get("min.insync.replicas").value()).isEqualTo("2");
    }

    @Test
    void nothingIsLostOrDuplicatedWhenALeaderBrokerStops() {
        assertThat(outputs.newPieceIds()).doesNotHaveDuplicates();
        assertThat(outputs.duplicateIds()).doesNotHaveDuplicates();
        assertThat(outputs.claimIds()).doesNotHaveDuplicates();
        assertThat(outputs.verdicts().keySet())
                .containsExactlyInAnyOrderElementsOf(ARTICLES.stream().map(k -> k.article().getId()).toList());
        assertThat(outputs.deals()).containsKey("CD:critical-minerals");
    }

    @Test
    void theAppKeepsRunningOnTwoBrokers() {
        assertThat(app.runner().health().state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(app.runner().health().fatalError()).isNull();
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
    }

    private static List<RawRecord> encoded() {
        AvroSerializer<Article> serializer = new AvroSerializer<>(pipeline.registry(), false);
        String topic = pipeline.topic(TopicLabel.ARTICLES_RAW);
        return ARTICLES.stream().map(k -> new RawRecord(k.key().getBytes(StandardCharsets.UTF_8),
                serializer.serialize(topic, k.article()))).toList();
    }
}
