package io.claimstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void defaultsAreIdempotentDurableCompressedAndBatched() {
        Properties p = ProducerSettings.defaults();

        assertThat(p).containsEntry("enable.idempotence", "true").containsEntry("acks", "all")
                .containsEntry("compression.type", "zstd").containsKeys("linger.ms", "batch.size");
    }

    @Test
    void userSettingsWin() {
        Properties user = new Properties();
        user.setProperty("compression.type", "lz4");
        user.setProperty("bootstrap.servers", "localhost:9092");

        Properties merged = ProducerSettings.merged(user);

        assertThat(merged).containsEntry("compression.type", "lz4").containsEntry("bootstrap.servers", "localhost:9092")
                .containsEntry("acks", "all");
    }

    @Test
    void theUserAgentNamesTheProjectAndVersion() {
        assertThat(ProducerVersion.userAgent())
                .isEqualTo("claimstream/" + ProducerVersion.version() + " (+https://github.com/claimstream)");
        assertThat(ProducerVersion.version()).doesNotContain("${");
    }
}
