package io.claimstream.streams.topology;

import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import java.util.List;
import java.util.Optional;

/** Claim extraction as the topology sees it: one article in, its claims out, or the reason it was not read. */
@FunctionalInterface
public interface ClaimStage {

    Extraction extract(Article article);

    /** The claims of one article; {@code skipped} says why there are none by design (e.g. unsupported-language:fr). */
    record Extraction(List<Claim> claims, Optional<String> skipped) {
        public Extraction {
            claims = List.copyOf(claims);
        }
    }
}
