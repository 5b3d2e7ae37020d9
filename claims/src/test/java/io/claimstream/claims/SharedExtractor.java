package io.claimstream.claims;

/** One extractor for the whole test run: models load once, as in production. */
final class SharedExtractor {
    static final ClaimExtractor INSTANCE = ClaimExtractor.withDefaultDomain();

    private SharedExtractor() {}
}
