package io.claimstream.producer.testing;

import io.claimstream.producer.PublisherFactory;
import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A PublisherFactory over Kafka MockProducers, remembering what each run sent (unit tests only). */
public final class CapturingPublishers implements PublisherFactory {

    private final MockProducer<String, Article> articles = new MockProducer<>(true, null, new StringSerializer(),
            avro());
    private final MockProducer<String, DeadLetter> deadLetters = new MockProducer<>(true, null,
            new StringSerializer(), avro());

    @Override
    public Producer<String, Article> articleProducer() {
        return articles;
    }

    @Override
    public Producer<String, DeadLetter> deadLetterProducer() {
        return deadLetters;
    }

    public List<ProducerRecord<String, Article>> articles() {
        return articles.history();
    }

    public List<ProducerRecord<String, DeadLetter>> deadLetters() {
        return deadLetters.history();
    }

    public MockProducer<String, Article> articleMock() {
        return articles;
    }

    /** Avro single-object encoding: enough to prove the records serialise, without the real serde. */
    private static <T extends org.apache.avro.specific.SpecificRecordBase> Serializer<T> avro() {
        return (topic, value) -> {
            try {
                ByteBuffer buffer = (ByteBuffer) value.getClass().getMethod("toByteBuffer").invoke(value);
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return bytes;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
