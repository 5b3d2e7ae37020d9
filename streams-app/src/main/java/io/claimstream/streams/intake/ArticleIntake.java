package io.claimstream.streams.intake;

import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.streams.errors.DeadLetters;
import io.claimstream.streams.errors.TransientFailures;
import io.claimstream.streams.metrics.PipelineMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes raw article records itself instead of leaving it to the source's serde, so that a record that cannot be
 * decoded or fails the rules becomes a dead letter carrying its exact original bytes, and the stream goes on.
 */
public final class ArticleIntake implements Processor<byte[], byte[], String, Intake> {

    private final Deserializer<Article> deserializer;
    private final ArticleRules rules;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, Intake> context;

    public ArticleIntake(Deserializer<Article> deserializer, ArticleRules rules, PipelineMetrics metrics) {
        this.deserializer = deserializer;
        this.rules = rules;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Intake> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(null);
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        Article article;
        try {
            article = deserializer.deserialize(topic, record.headers(), record.value());
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                // The registry, not the record, is at fault: fail and retry rather than dead-letter a good article.
                throw e;
            }
            reject(record, DeadLetterStage.DESERIALIZATION, e, null, null);
            return;
        }
        if (article == null) {
            reject(record, DeadLetterStage.DESERIALIZATION, null, "null-value", "record has no value (tombstone)");
            return;
        }
        Optional<ArticleRules.Violation> violation = rules.check(article);
        if (violation.isPresent()) {
            reject(record, DeadLetterStage.PROCESSING, null, violation.get().reason(), violation.get().message());
            return;
        }
        metrics.articleIn();
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(0);
        context.forward(record.withKey(key == null ? article.getId() : key)
                .withValue(new Intake.Accepted(rules.normalise(article), partition)));
    }

    private void reject(Record<byte[], byte[]> record, DeadLetterStage stage, RuntimeException error, String reason, String message) {
        Optional<RecordMetadata> meta = context.recordMetadata();
        DeadLetters.Origin origin = new DeadLetters.Origin(
                meta.map(RecordMetadata::topic).orElse(null),
                meta.map(RecordMetadata::partition).orElse(null),
                meta.map(RecordMetadata::offset).orElse(null),
                record.key(), record.value(), record.headers());
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        var deadLetter = error != null
                ? DeadLetters.ofException(stage, error, origin, context.applicationId(), now)
                : DeadLetters.of(stage, reason, "io.claimstream.streams.intake.ArticleRules", message, null, origin,
                        context.applicationId(), now);
        metrics.deadLetter(deadLetter.getStage().name(), deadLetter.getReason());
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        context.forward(record.withKey(key).withValue(new Intake.Rejected(deadLetter)));
    }
}
