package io.claimstream.streams.topology;

/** Stages for tests that only build or describe the topology. */
final class TestStages {

    private TestStages() {
    }

    static ClaimstreamTopology.Stages unused() {
        DedupStage dedup = new DedupStage() {
            @Override
            public byte[] fingerprint(io.claimstream.schema.Article article) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Decider decider(DedupIndex index) {
                return (a, f) -> {
                    throw new UnsupportedOperationException();
                };
            }
        };
        ClaimStage claims = a -> {
            throw new UnsupportedOperationException();
        };
        DealStage deals = new DealStage() {
            @Override
            public java.util.List<java.util.Optional<String>> dealIds(java.util.List<io.claimstream.schema.Claim> claims) {
                throw new UnsupportedOperationException();
            }

            @Override
            public io.claimstream.schema.DealState apply(io.claimstream.schema.DealState s, io.claimstream.schema.Claim c) {
                throw new UnsupportedOperationException();
            }

            @Override
            public io.claimstream.schema.DealState applyCopies(io.claimstream.schema.DealState s, io.claimstream.schema.PieceCopies c) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.List<io.claimstream.schema.BidUpdate> updates(io.claimstream.schema.DealState b, io.claimstream.schema.DealState a) {
                throw new UnsupportedOperationException();
            }
        };
        return new ClaimstreamTopology.Stages(dedup, claims, deals);
    }
}
