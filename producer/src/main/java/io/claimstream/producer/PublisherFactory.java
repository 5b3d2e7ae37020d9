package io.claimstream.producer;

import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates the two Kafka producers the {@code produce} command writes to. The connection (bootstrap servers, registry,
 * security, env overrides) and the value serialisers belong to the caller; the command owns and closes what it gets.
 */
public interface PublisherFactory {

    Producer<String, Article> articleProducer();

    Producer<String, DeadLetter> deadLetterProducer();

    /**
     * Real KafkaProducers from connection properties: {@link ProducerSettings#defaults()} overlaid with
     * {@code connection} (user wins), string keys, and the given value serialisers.
     */
    static PublisherFactory kafka(Properties connection, Serializer<Article> articleSerializer,
                                  Serializer<DeadLetter> deadLetterSerializer) {
        return new PublisherFactory() {
            @Override
            public Producer<String, Article> articleProducer() {
                return new KafkaProducer<>(withClientId(connection, "claimstream-producer-articles"),
                        new StringSerializer(), articleSerializer);
            }

            @Override
            public Producer<String, DeadLetter> deadLetterProducer() {
                return new KafkaProducer<>(withClientId(connection, "claimstream-producer-rejects"),
                        new StringSerializer(), deadLetterSerializer);
            }
        };
    }

    private static Properties withClientId(Properties connection, String clientId) {
        Properties p = ProducerSettings.merged(connection);
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return p;
    }
}
