package io.claimstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.streams.topics.TopicLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimstreamConfigTest {

    @Test
    void laterLayersWinDefaultsThenFileThenEnvironmentThenFlags(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("claimstream.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\napplication.id=from-file\nhttp.port=9000\n");
        ConfigLayers layers = ConfigLayers.defaults().withFile(file)
                .withEnv(Map.of("CLAIMSTREAM_APPLICATION_ID", "from-env", "CLAIMSTREAM_HTTP_PORT", "9100", "PATH", "/bin"))
                .withOverrides(Map.of("http.port", "9200"), "flag");
        ClaimstreamConfig config = ClaimstreamConfig.of(layers);

        assertThat(config.bootstrapServers()).isEqualTo("file:9092");
        assertThat(config.applicationId()).isEqualTo("from-env");
        assertThat(config.httpPort()).isEqualTo(9200);
        assertThat(config.dedupRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(layers.values().get("http.port").origin()).isEqualTo("flag");
        assertThat(layers.values().get("application.id").origin()).isEqualTo("env");
    }

    @Test
    void environmentNamesMapToKeysWithDotsAndDashes() {
        assertThat(ConfigLayers.envKeyToConfigKey("SCHEMA_REGISTRY_URL")).isEqualTo("schema.registry.url");
        assertThat(ConfigLayers.envKeyToConfigKey("TOPICS_BID__UPDATES_NAME")).isEqualTo("topics.bid-updates.name");
    }

    @Test
    void kafkaClientSettingsPassThroughUnchangedToEveryClientOrToOneKind() {
        ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(Map.of(
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.producer.linger.ms", "50",
                "kafka.streams.num.standby.replicas", "1"), "test"));

        Properties producer = config.clientProperties(ClaimstreamConfig.KAFKA_PRODUCER_PREFIX);
        assertThat(producer).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("linger.ms", "50").doesNotContainKey("num.standby.replicas").doesNotContainKey("producer.linger.ms");
        assertThat(config.clientProperties(ClaimstreamConfig.KAFKA_CONSUMER_PREFIX)).doesNotContainKey("linger.ms");
    }

    @Test
    void topicNamesComeFromConfigurationByLabel() {
        ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(Map.of(
                "topics.deals.name", "prod.deals.v1", "topics.partitions", "6", "topics.claims.partitions", "12"), "test"));

        assertThat(config.topics().name(TopicLabel.DEALS)).isEqualTo("prod.deals.v1");
        assertThat(config.topics().spec(TopicLabel.DEALS).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(config.topics().spec(TopicLabel.ARTICLES_RAW).partitions()).isEqualTo(6);
        assertThat(config.topics().spec(TopicLabel.CLAIMS).partitions()).isEqualTo(12);
    }

    @Test
    void aMalformedValueFailsWithItsKey() {
        ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults().withOverrides(Map.of("dedup.retention", "30 days"), "test"));
        assertThatThrownBy(config::dedupRetention).hasMessageContaining("dedup.retention").hasMessageContaining("P30D");
    }
}
