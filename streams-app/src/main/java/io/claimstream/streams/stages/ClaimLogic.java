package io.claimstream.streams.stages;

import io.claimstream.claims.ClaimExtractor;
import io.claimstream.claims.ExtractionResult;
import io.claimstream.schema.Article;
import io.claimstream.streams.topology.ClaimStage;

/** The claims module behind the topology's {@link ClaimStage} port. */
public final class ClaimLogic implements ClaimStage {

    private final ClaimExtractor extractor;

    public ClaimLogic(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Extraction extract(Article article) {
        ExtractionResult result = extractor.extract(article);
        return new Extraction(result.claims(), result.skippedReason());
    }
}
