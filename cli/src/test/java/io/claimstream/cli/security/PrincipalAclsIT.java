package io.claimstream.cli.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.claimstream.stack.StackPrincipal;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicProvisioner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who gets in, and how far: each principal of the secure stack against the pipeline's topics. */
@ExtendWith(SecureStackExtension.class)
class PrincipalAclsIT {

    private static SecureStack stack;

    @BeforeAll
    static void topicsExist(SecureStack secureStack) {
        stack = secureStack;
        assertThat(PipelineTopics.ensure(stack)).extracting(TopicProvisioner.Outcome::status)
                .doesNotContain(TopicProvisioner.Status.MISMATCH);
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        Properties plaintext = new Properties();
        plaintext.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (Admin anonymous = quickAdmin(plaintext)) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        Properties guessed = stack.clientProperties(StackPrincipal.STREAMS);
        guessed.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"streams\" password=\"streams\";");
        try (Admin intruder = quickAdmin(guessed)) {
            assertThatThrownBy(() -> intruder.listTopics().names().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void theRegistryRefusesRequestsWithoutTheStacksLogin() throws Exception {
        HttpResponse<Void> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/subjects")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(PrincipalConfig.of(stack, StackPrincipal.DOWNSTREAM).schemaRegistryBasicAuth())
                .hasValueSatisfying(userInfo -> assertThat(userInfo).startsWith("claimstream:"));
    }

    @Test
    void theDownstreamPrincipalReadsDealsInItsOwnGroup() {
        Properties props = consumer(StackPrincipal.DOWNSTREAM, "downstream.acl-it");
        try (KafkaConsumer<byte[], byte[]> downstream = new KafkaConsumer<>(props, bytes(), bytes())) {
            downstream.subscribe(List.of(topic(TopicLabel.DEALS), topic(TopicLabel.BID_UPDATES)));
            // Joining the group, being assigned both topics and fetching: each step is authorized separately.
            downstream.poll(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                downstream.poll(Duration.ofMillis(200));
                return downstream.assignment().size() == 2 * 3;
            });
        }
    }

    @Test
    void theDownstreamPrincipalCannotWriteDeals() {
        try (KafkaProducer<byte[], byte[]> downstream = producer(StackPrincipal.DOWNSTREAM)) {
            assertThatThrownBy(() -> downstream.send(record(topic(TopicLabel.DEALS))).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void theDownstreamPrincipalCannotReadTheInput() {
        assertThatThrownBy(() -> pollFromTheStart(StackPrincipal.DOWNSTREAM, topic(TopicLabel.ARTICLES_RAW)))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theDownstreamPrincipalCannotUseAGroupOutsideItsPrefix() {
        Properties props = consumer(StackPrincipal.DOWNSTREAM, "claimstream");
        try (KafkaConsumer<byte[], byte[]> downstream = new KafkaConsumer<>(props, bytes(), bytes())) {
            downstream.subscribe(List.of(topic(TopicLabel.DEALS)));
            assertThatThrownBy(() -> downstream.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void theProducerPrincipalCannotReadAnything() {
        for (TopicLabel label : TopicLabel.values()) {
            assertThatThrownBy(() -> pollFromTheStart(StackPrincipal.PRODUCER, topic(label)))
                    .as(label.defaultName()).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theProducerPrincipalCannotWriteOutputs() {
        try (KafkaProducer<byte[], byte[]> producer = producer(StackPrincipal.PRODUCER)) {
            assertThatThrownBy(() -> producer.send(record(topic(TopicLabel.DEALS))).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theStreamsPrincipalCannotWriteTheInput() {
        try (KafkaProducer<byte[], byte[]> streams = producer(StackPrincipal.STREAMS)) {
            assertThatThrownBy(() -> streams.send(record(topic(TopicLabel.ARTICLES_RAW))).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void onlyTheAdminMayCreateTopics() {
        for (StackPrincipal principal : List.of(StackPrincipal.PRODUCER, StackPrincipal.DOWNSTREAM)) {
            try (Admin admin = quickAdmin(stack.clientProperties(principal))) {
                assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic(
                        "unplanned.v1", 1, (short) 1))).all().get(30, TimeUnit.SECONDS))
                        .as(principal.userName()).hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    /** Reads without a group (assign + seek): only the topic's READ ACL is in play. */
    private static void pollFromTheStart(StackPrincipal principal, String topic) {
        Properties props = consumer(principal, null);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, bytes(), bytes())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            consumer.poll(Duration.ofSeconds(10));
        }
    }

    private static Properties consumer(StackPrincipal principal, String group) {
        Properties props = stack.clientProperties(principal);
        if (group != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    private static KafkaProducer<byte[], byte[]> producer(StackPrincipal principal) {
        Properties props = stack.clientProperties(principal);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Admin quickAdmin(Properties props) {
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        return Admin.create(props);
    }

    private static ProducerRecord<byte[], byte[]> record(String topic) {
        return new ProducerRecord<>(topic, "k".getBytes(StandardCharsets.UTF_8), "v".getBytes(StandardCharsets.UTF_8));
    }

    private static ByteArrayDeserializer bytes() {
        return new ByteArrayDeserializer();
    }

    private static String topic(TopicLabel label) {
        return PipelineTopics.name(stack, label);
    }
}
