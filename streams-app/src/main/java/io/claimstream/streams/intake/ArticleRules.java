package io.claimstream.streams.intake;

import io.claimstream.schema.Article;
import io.claimstream.text.ContentHash;
import java.util.Optional;

/**
 * What the pipeline accepts as an article. The producer applies the same limits, but the topic may be written by
 * anyone, so the streams app checks again rather than trusting its input.
 */
public final class ArticleRules {

    /** Why an article was refused: a stable reason code and a sentence for humans. */
    public record Violation(String reason, String message) {
    }

    private final int maxTextChars;

    public ArticleRules(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    public Optional<Violation> check(Article a) {
        if (a.getId() == null || a.getId().isBlank()) {
            return Optional.of(new Violation("missing-id", "article has no id"));
        }
        String text = a.getText();
        if (text == null || text.isBlank()) {
            return Optional.of(new Violation("empty-text", "article " + a.getId() + " has no text"));
        }
        if (text.length() > maxTextChars) {
            return Optional.of(new Violation("too-large",
                    "article " + a.getId() + " has " + text.length() + " characters, the limit is " + maxTextChars));
        }
        if (looksBinary(text)) {
            return Optional.of(new Violation("binary-text", "article " + a.getId() + " text contains control characters"));
        }
        return Optional.empty();
    }

    /** Fills what a lenient writer may leave empty, so later stages can rely on it. */
    public Article normalise(Article a) {
        Article.Builder b = Article.newBuilder(a);
        if (a.getContentHash() == null || a.getContentHash().isBlank()) {
            b.setContentHash(ContentHash.of(a.getText()));
        }
        if (a.getLanguage() == null || a.getLanguage().isBlank()) {
            b.setLanguage("unknown");
        }
        return b.build();
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                control++;
            }
        }
        // A stray replacement character is survivable; a text made of them is not an article.
        return control > 0 && control * 100 > text.length();
    }
}
