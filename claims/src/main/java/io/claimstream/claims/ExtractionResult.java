package io.claimstream.claims;

import io.claimstream.schema.Claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Claims found in one article. {@code claims} holds every claim the sentence rules found (the evidence trail, and
 * what {@link BidderRule} reads); {@code mainClaims} is the subset an editor would list as the article's news (see
 * {@link MainClaimSelector}), in article order. {@code skippedReason} is present when the article was not extracted
 * at all ("unsupported-language:fr", "unknown-language-not-english:stopword-ratio=0.02", "empty-text");
 * {@code languageBasis} says why extraction ran ("declared:en", "guessed-english:stopword-ratio=0.38").
 */
public record ExtractionResult(List<Claim> claims, List<Claim> mainClaims, Optional<String> skippedReason, String languageBasis) {

    public ExtractionResult {
        claims = List.copyOf(claims);
        mainClaims = List.copyOf(mainClaims);
        Objects.requireNonNull(skippedReason, "skippedReason");
        Objects.requireNonNull(languageBasis, "languageBasis");
    }

    /** Every claim is main (no selection). */
    public ExtractionResult(List<Claim> claims, Optional<String> skippedReason, String languageBasis) {
        this(claims, claims, skippedReason, languageBasis);
    }

    static ExtractionResult skipped(String reason) {
        return new ExtractionResult(List.of(), List.of(), Optional.of(reason), reason);
    }

    public boolean skipped() {
        return skippedReason.isPresent();
    }
}
