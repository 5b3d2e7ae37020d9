package io.claimstream.bench.generate;

import io.claimstream.schema.Article;

/**
 * @param article    ready to publish
 * @param kind       what was planted
 * @param copyOf     id of the original a copy was made from; null for originals
 * @param dealBearing whether a seed passage with deal claims was woven in
 */
public record GeneratedArticle(Article article, PlantedKind kind, String copyOf, boolean dealBearing) {
}
