package io.claimstream.streams.stages;

import io.claimstream.claims.ClaimExtractor;
import io.claimstream.deals.DealAggregator;
import io.claimstream.dedup.FingerprintExtractor;
import io.claimstream.streams.topology.ClaimstreamTopology;

/** The production stages with their built-in domain resources. Loading reads NLP models: do it once per instance. */
public final class DefaultStages {

    /** Newest articles considered per LSH band / exact key; beyond it, a band is boilerplate, not evidence. */
    public static final int IDS_PER_INDEX_KEY = 16;

    private DefaultStages() {
    }

    public static ClaimstreamTopology.Stages load() {
        return load(ClaimExtractor.Method.RULES);
    }

    public static ClaimstreamTopology.Stages load(ClaimExtractor.Method claimsMethod) {
        return new ClaimstreamTopology.Stages(
                new DedupLogic(new FingerprintExtractor(), IDS_PER_INDEX_KEY),
                new ClaimLogic(ClaimExtractor.withDefaultDomain(claimsMethod)),
                new DealLogic(DealAggregator.withDefaultRules()));
    }
}
