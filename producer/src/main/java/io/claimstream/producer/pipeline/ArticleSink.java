package io.claimstream.producer.pipeline;

import io.claimstream.producer.model.Rejection;
import io.claimstream.schema.DeadLetter;

/** Where assembled articles and dead letters go: Kafka, or nowhere for {@code --dry-run}. */
public interface ArticleSink extends AutoCloseable {

    void publish(AssembledArticle article);

    void reject(Rejection rejection, DeadLetter deadLetter);

    /** Blocks until everything handed over so far is acknowledged or has failed. */
    void flush();

    /** Sends that failed after the client's own retries; any makes the run fail. */
    long deliveryFailures();

    /** The first delivery error, for the summary; null when none. */
    String firstDeliveryError();

    @Override
    void close();

    static ArticleSink dryRun() {
        return new ArticleSink() {
            @Override
            public void publish(AssembledArticle article) {
            }

            @Override
            public void reject(Rejection rejection, DeadLetter deadLetter) {
            }

            @Override
            public void flush() {
            }

            @Override
            public long deliveryFailures() {
                return 0;
            }

            @Override
            public String firstDeliveryError() {
                return null;
            }

            @Override
            public void close() {
            }
        };
    }
}
