package io.claimstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimstream.dedup.eval.DedupEval;
import io.claimstream.dedup.eval.EvalReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Measures the decider on the shared dev corpus when it is present (it lives beside the project, not in it). */
class DedupEvalCorpusTest {

    private static Path corpus() {
        return Stream.of(Path.of("/work/shared/corpus/dev"), Path.of("../shared/corpus/dev"),
                        Path.of("../../shared/corpus/dev"))
                .filter(p -> Files.isRegularFile(p.resolve("articles.jsonl")))
                .findFirst().orElse(null);
    }

    @Test
    void englishPairsMeetThePrecisionAndRecallTargets() throws Exception {
        Path dir = corpus();
        assumeTrue(dir != null, "dev corpus not present");

        EvalReport report = new DedupEval().evaluate(dir);

        assertThat(report.english().precision()).as(report.render()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.english().recall()).as(report.render()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.maxFingerprintBytes()).isLessThan(2048);
    }
}
