package io.claimstream.claims;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quality on the labelled dev corpus, read from -Dclaimstream.corpus.dev (default /work/shared/corpus/dev); skipped
 * where the corpus is absent. The targets: bidder F1 >= 0.85 and main-claim match F1 >= 0.70 (see README
 * "Quality" for the figures and the error analysis).
 */
class CorpusTargetsTest {

    static final double BIDDER_F1_TARGET = 0.85;
    static final double CLAIM_F1_TARGET = 0.70;

    private static final Path CORPUS = Path.of(System.getProperty("claimstream.corpus.dev", "/work/shared/corpus/dev"));

    @Test
    void bidderAndClaimFiguresHoldOnTheDevCorpus() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("articles.jsonl")) && Files.isRegularFile(CORPUS.resolve("labels.jsonl")),
                "dev corpus not present at " + CORPUS);

        ClaimEval.Report report = new ClaimEval(SharedExtractor.INSTANCE).evaluate(CORPUS);

        assertThat(report.bidders().f1()).as("bidder F1 " + report.bidders()).isGreaterThanOrEqualTo(BIDDER_F1_TARGET);
        assertThat(report.claims().f1()).as("claim F1 " + report.claims()).isGreaterThanOrEqualTo(CLAIM_F1_TARGET);
    }
}
