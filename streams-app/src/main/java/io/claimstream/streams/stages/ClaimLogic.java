package io.claimstream.streams.stages;

import io.claimstream.claims.ClaimExtractor;
import io.claimstream.claims.ExtractionResult;
import io.claimstream.schema.Article;
import io.claimstream.schema.Claim;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        Set<String> main = result.mainClaims().stream().map(Claim::getId).collect(Collectors.toSet());
        List<Claim> claims = result.claims().stream()
                .map(c -> main.contains(c.getId()) ? Claim.newBuilder(c).setMain(true).build() : c)
                .toList();
        return new Extraction(claims, result.skippedReason());
    }
}
