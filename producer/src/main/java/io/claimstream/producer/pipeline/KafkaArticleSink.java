package io.claimstream.producer.pipeline;

import io.claimstream.producer.model.Rejection;
import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes to the articles topic (key = canonical URL or id) and dead letters to the rejects topic (key = the input
 * reference), both with provenance headers. Sends are asynchronous; failures are counted from the callbacks.
 */
public final class KafkaArticleSink implements ArticleSink {

    private final Producer<String, Article> articles;
    private final Producer<String, DeadLetter> deadLetters;
    private final String topic;
    private final String rejectsTopic;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    public KafkaArticleSink(Producer<String, Article> articles, Producer<String, DeadLetter> deadLetters,
                            String topic, String rejectsTopic) {
        this.articles = articles;
        this.deadLetters = deadLetters;
        this.topic = topic;
        this.rejectsTopic = rejectsTopic;
    }

    @Override
    public void publish(AssembledArticle a) {
        Article article = a.article();
        try {
            articles.send(new ProducerRecord<>(topic, null, a.key(), article,
                    RecordHeaders.provenance(article.getOrigin().name(), article.getOriginRef())), callback());
        } catch (RuntimeException e) {
            // send() itself throws for serialisation errors, a full buffer past max.block.ms, a closed producer.
            failed(e);
        }
    }

    @Override
    public void reject(Rejection rejection, DeadLetter deadLetter) {
        String origin = rejection.origin() == null ? null : rejection.origin().name();
        try {
            deadLetters.send(new ProducerRecord<>(rejectsTopic, null, rejection.source(), deadLetter,
                    RecordHeaders.provenance(origin, rejection.source())), callback());
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private Callback callback() {
        return (metadata, exception) -> {
            if (exception != null) {
                failed(exception);
            }
        };
    }

    private void failed(Exception e) {
        failures.incrementAndGet();
        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    @Override
    public void flush() {
        articles.flush();
        deadLetters.flush();
    }

    @Override
    public long deliveryFailures() {
        return failures.get();
    }

    @Override
    public String firstDeliveryError() {
        return firstError.get();
    }

    @Override
    public void close() {
        try {
            articles.close(Duration.ofSeconds(30));
        } finally {
            deadLetters.close(Duration.ofSeconds(30));
        }
    }
}
