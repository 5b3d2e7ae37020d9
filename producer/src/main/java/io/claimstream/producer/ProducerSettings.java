package io.claimstream.producer;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Kafka producer settings the article producer wants: no duplicates or losses on retry, and batches large enough to
 * push a bulk load at disk speed. The caller merges them with the user's settings; the user wins.
 */
public final class ProducerSettings {

    private ProducerSettings() {
    }

    public static Properties defaults() {
        Properties p = new Properties();
        // Idempotence + acks=all: a retried send neither duplicates nor reorders within a partition.
        p.setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        p.setProperty(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        // News text compresses 3-4x with zstd; the CPU is cheaper than the network and the broker's disk.
        p.setProperty(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // Wait a little to fill 256 KiB batches: a bulk load then makes few, large requests.
        p.setProperty(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.setProperty(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.setProperty(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
        // Articles may reach the 1 MiB text cap; the uncompressed record must fit. (Brokers check the compressed batch.)
        p.setProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(2 * 1024 * 1024));
        p.setProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        return p;
    }

    /** Defaults overlaid with {@code user}: every key the user sets wins. */
    public static Properties merged(Properties user) {
        Properties p = defaults();
        if (user != null) {
            user.stringPropertyNames().forEach(k -> p.setProperty(k, user.getProperty(k)));
        }
        return p;
    }
}
