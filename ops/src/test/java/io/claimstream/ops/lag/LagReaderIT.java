package io.claimstream.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimstream.ops.Cluster;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.tools.consumer.group.KafkaConsumerGroupsDescribe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class LagReaderIT {

    private Cluster cluster;
    private KafkaLagReader reader;

    @BeforeEach
    void connect(StackEndpoints stack) {
        cluster = new Cluster(stack);
        reader = KafkaLagReader.create(cluster.config(Map.of()));
    }

    @AfterEach
    void close() {
        reader.close();
        cluster.close();
    }

    @Test
    void offsetFiguresEqualThoseOfKafkaConsumerGroupsDescribe() throws Exception {
        String topic = Cluster.unique("lag-plain");
        String eosTopic = Cluster.unique("lag-eos");
        String group = Cluster.unique("lag-live");
        String eosGroup = Cluster.unique("lag-eos-group");
        cluster.createTopics(3, topic, eosTopic);
        try (KafkaProducer<String, String> producer = cluster.stringProducer()) {
            for (int i = 0; i < 30; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i));
            }
        }
        try (KafkaProducer<String, String> tx = cluster.transactionalProducer(Cluster.unique("lag-tx"))) {
            for (int t = 0; t < 2; t++) {
                tx.beginTransaction();
                for (int i = 0; i < 5; i++) {
                    tx.send(new ProducerRecord<>(eosTopic, "k" + i, "v" + i));
                }
                tx.commitTransaction();
            }
        }
        // An exactly-once style reader that has consumed everything committed, then left.
        try (KafkaConsumer<String, String> eos = cluster.consumer(eosGroup,
                Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"))) {
            eos.subscribe(List.of(eosTopic));
            int[] seen = {0};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                seen[0] += eos.poll(Duration.ofMillis(200)).count();
                return seen[0] == 10;
            });
            eos.commitSync();
        }
        // A live member that has read part of its topic.
        try (KafkaConsumer<String, String> live = cluster.consumer(group, Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 4))) {
            live.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> live.poll(Duration.ofMillis(200)).count() > 0);
            live.commitSync();

            for (String g : List.of(group, eosGroup)) {
                List<KafkaConsumerGroupsDescribe.Row> kafka = KafkaConsumerGroupsDescribe.describe(cluster.bootstrap(), g);
                GroupLag ours = reader.read(List.of(g)).group(g).orElseThrow();

                assertThat(ours.partitions()).hasSize(kafka.size());
                for (KafkaConsumerGroupsDescribe.Row row : kafka) {
                    PartitionLag p = ours.partitions().stream()
                            .filter(x -> x.topic().equals(row.topic()) && x.partition() == row.partition())
                            .findFirst().orElseThrow();
                    assertThat(boxed(p.committedOffset())).as("CURRENT-OFFSET of %s", row).isEqualTo(row.currentOffset());
                    assertThat(boxed(p.endOffset())).as("LOG-END-OFFSET of %s", row).isEqualTo(row.logEndOffset());
                    assertThat(boxed(p.offsetLag())).as("LAG of %s", row).isEqualTo(row.lag());
                    assertThat(p.owner().map(GroupMember::consumerId).orElse("-")).isEqualTo(row.consumerId());
                }
            }
            String table = lagCommand("--group", group, "--group", eosGroup);
            assertThat(table).contains("GROUP " + group + "  state Stable  members 1").contains("GROUP " + eosGroup + "  state Empty")
                    .contains("LOG-END-OFFSET");
            assertThat(lagCommand("--group", eosGroup, "--json")).contains("\"group\":\"" + eosGroup + "\"");
            GroupLag live0 = reader.read(List.of(group)).group(group).orElseThrow();
            assertThat(live0.members()).hasSize(1);
            assertThat(live0.members().get(0).assignment()).hasSize(3);
            assertThat(live0.totalOffsetLag()).isPositive();
        }
        GroupLag caughtUp = reader.read(List.of(eosGroup)).group(eosGroup).orElseThrow();
        assertThat(caughtUp.partitions()).allSatisfy(p -> assertThat(p.timeLag()).contains(Duration.ZERO));
    }

    @Test
    void aStoppedConsumersTimeLagKeepsGrowingWhileAProducerWrites() throws Exception {
        String topic = Cluster.unique("lag-growing");
        String group = Cluster.unique("lag-stopped");
        cluster.createTopics(1, topic);
        TopicPartition tp = new TopicPartition(topic, 0);
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (KafkaProducer<String, String> producer = cluster.stringProducer()) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, "k", "early-" + i)).get();
            }
            cluster.commit(group, Map.of(tp, 2L));
            writer.scheduleAtFixedRate(() -> producer.send(new ProducerRecord<>(topic, "k", "more")), 0, 200, TimeUnit.MILLISECONDS);

            PartitionLag first = only(reader.read(List.of(group)), group);
            assertThat(first.offsetLag().getAsLong()).isGreaterThanOrEqualTo(3);
            assertThat(first.timeLag()).isPresent();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                PartitionLag later = only(reader.read(List.of(group)), group);
                assertThat(later.timeLag().orElseThrow()).isGreaterThan(first.timeLag().get().plusSeconds(2));
                assertThat(later.offsetLag().getAsLong()).isGreaterThan(first.offsetLag().getAsLong());
                assertThat(later.committedOffset()).isEqualTo(OptionalLong.of(2));
            });
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void aGroupStoppedJustBeforeATransactionMarkerHasLagOneButNoTimeLag() throws Exception {
        String topic = Cluster.unique("lag-marker");
        String group = Cluster.unique("lag-marker-group");
        cluster.createTopics(1, topic);
        try (KafkaProducer<String, String> tx = cluster.transactionalProducer(Cluster.unique("lag-marker-tx"))) {
            tx.beginTransaction();
            for (int i = 0; i < 5; i++) {
                tx.send(new ProducerRecord<>(topic, "k", "v" + i));
            }
            tx.commitTransaction();
        }
        // Records at offsets 0-4, the commit marker at 5: a consumer that read all five commits 5.
        cluster.commit(group, Map.of(new TopicPartition(topic, 0), 5L));

        PartitionLag p = only(reader.read(List.of(group)), group);
        KafkaConsumerGroupsDescribe.Row kafka = KafkaConsumerGroupsDescribe.describe(cluster.bootstrap(), group).get(0);

        assertThat(kafka.lag()).contains(1L);
        assertThat(p.offsetLag()).isEqualTo(OptionalLong.of(1));
        assertThat(p.timeLag()).contains(Duration.ZERO);
    }

    @Test
    void aGroupThatDoesNotExistIsReportedNotInvented() {
        String ghost = Cluster.unique("ghost");

        LagSnapshot snapshot = reader.read(List.of(ghost));

        assertThat(snapshot.groups()).isEmpty();
        assertThat(snapshot.failures()).containsKey(ghost);
    }

    @Test
    void withoutAGroupEveryConsumerGroupIsRead() throws Exception {
        String topic = Cluster.unique("lag-all");
        String group = Cluster.unique("lag-listed");
        cluster.createTopics(1, topic);
        cluster.commit(group, Map.of(new TopicPartition(topic, 0), 0L));

        assertThat(reader.read(List.of()).group(group)).isPresent();
    }

    private static PartitionLag only(LagSnapshot snapshot, String group) {
        List<PartitionLag> partitions = snapshot.group(group).orElseThrow().partitions();
        assertThat(partitions).hasSize(1);
        return partitions.get(0);
    }

    private String lagCommand(String... options) {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new io.claimstream.ops.LagCommand());
        cli.setOut(new java.io.PrintWriter(out));
        List<String> args = new java.util.ArrayList<>(cluster.connectionArgs());
        args.addAll(List.of(options));
        assertThat(cli.execute(args.toArray(String[]::new))).isZero();
        return out.toString();
    }

    private static Optional<Long> boxed(OptionalLong v) {
        return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
    }

}
