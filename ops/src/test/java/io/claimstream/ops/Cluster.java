package io.claimstream.ops;

import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ConnectionOptions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Small helpers the integration tests share to set a real cluster up. */
public final class Cluster implements AutoCloseable {

    private final StackEndpoints stack;
    private final Admin admin;

    public Cluster(StackEndpoints stack) {
        this.stack = stack;
        this.admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Admin admin() {
        return admin;
    }

    public String bootstrap() {
        return stack.bootstrapServers();
    }

    /** The layered configuration a command would resolve with -b/-r and these --set overrides. */
    public ClaimstreamConfig config(Map<String, String> overrides) {
        ConnectionOptions options = connection(overrides);
        return options.resolve();
    }

    public ConnectionOptions connection(Map<String, String> overrides) {
        ConnectionOptions options = new ConnectionOptions();
        options.bootstrapServers = stack.bootstrapServers();
        options.schemaRegistryUrl = stack.schemaRegistryUrl();
        options.overrides.putAll(overrides);
        return options;
    }

    /** The -b / -r arguments of a command line. */
    public List<String> connectionArgs() {
        return List.of("-b", stack.bootstrapServers(), "-r", stack.schemaRegistryUrl());
    }

    public void createTopics(int partitions, String... names) throws Exception {
        admin.createTopics(java.util.Arrays.stream(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList())
                .all().get(30, TimeUnit.SECONDS);
    }

    public KafkaProducer<String, String> stringProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    public KafkaProducer<String, String> transactionalProducer(String transactionalId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        producer.initTransactions();
        return producer;
    }

    public KafkaConsumer<String, String> consumer(String group, Map<String, Object> extra) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.putAll(extra);
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /** Commits offsets for a group without joining it (the group stays Empty). */
    public void commit(String group, Map<TopicPartition, Long> offsets) {
        try (KafkaConsumer<String, String> c = consumer(group, Map.of())) {
            Map<TopicPartition, OffsetAndMetadata> commits = new java.util.HashMap<>();
            offsets.forEach((tp, o) -> commits.put(tp, new OffsetAndMetadata(o)));
            c.commitSync(commits);
        }
    }

    public Map<TopicPartition, Long> committed(String group) throws Exception {
        Map<TopicPartition, Long> out = new java.util.HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                .forEach((tp, om) -> out.put(tp, om == null ? null : om.offset()));
        return out;
    }

    @Override
    public void close() {
        admin.close();
    }
}
