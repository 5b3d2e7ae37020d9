package io.claimstream.dedup.eval;

import io.claimstream.corpus.Half;
import java.time.Instant;

/** One corpus article with its gold label and split half, as read from articles.jsonl and labels.jsonl. */
public record CorpusArticle(String id, String url, String source, String title, Instant publishedAt, String language,
                            String text, String story, Half half) {
}
