package io.claimstream.producer.pipeline;

import io.claimstream.schema.Article;

/** An Article event ready to publish, with its Kafka key (canonical URL, else id) and raw input size. */
public record AssembledArticle(String key, Article article, long inputBytes) {
}
