package io.claimstream.dedup.eval;

import java.time.Instant;

/** One corpus article with its gold label, as read from articles.jsonl and labels.jsonl. */
public record CorpusArticle(String id, String url, String source, String title, Instant publishedAt, String language,
                            String text, String story) {
}
