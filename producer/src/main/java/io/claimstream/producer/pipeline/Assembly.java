package io.claimstream.producer.pipeline;

import io.claimstream.producer.model.Rejection;

/** Result of turning a draft into an event: an article to publish, or the reason it cannot be one. */
public sealed interface Assembly permits Assembly.Ready, Assembly.Refused {

    record Ready(AssembledArticle article) implements Assembly {
    }

    record Refused(Rejection rejection) implements Assembly {
    }
}
