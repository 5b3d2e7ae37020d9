package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's determinism check as a user runs it: {@code demo} twice on one corpus, each on a fresh broker and
 * registry with fresh state, publishing while the streams app runs. The duplicate notices and the latest deal states
 * come out byte for byte the same (the run digest covers keys and Avro-encoded values).
 *
 * <p>Runs on the dev corpus when it is present beside the project (-Dclaimstream.corpus.dev), else on the seeds.
 */
class TwoFreshRunsIT {

    private static final Pattern DIGEST = Pattern.compile("run digest: (\\S+ \\S+), (\\S+ \\S+)");

    @Test
    void twoFreshRunsOfOneCorpusGiveTheSameDuplicateNoticesAndDealStates() throws IOException {
        Path corpus = Path.of(System.getProperty("claimstream.corpus.dev", "/work/shared/corpus/dev")).resolve("articles.jsonl");
        Path input = Files.isRegularFile(corpus) ? corpus : Path.of("..", "samples", "seeds").toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("claimstream-two-runs-");

        Matcher first = digest(run(work, input, "first"));
        Matcher second = digest(run(work, input, "second"));

        assertThat(second.group(1)).as("duplicate notices").isEqualTo(first.group(1));
        assertThat(second.group(2)).as("deal states").isEqualTo(first.group(2));
    }

    private static CliProcess.Result run(Path work, Path input, String name) {
        CliProcess.Result result = CliProcess.run(work, Map.of(), Duration.ofMinutes(8), "demo", "-i", input.toString(),
                "--ingested-at", "2025-07-01T00:00:00Z", "--data-dir", work.resolve(name).toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static Matcher digest(CliProcess.Result result) {
        Matcher m = DIGEST.matcher(result.out());
        assertThat(m.find()).as(result.toString()).isTrue();
        return m;
    }
}
