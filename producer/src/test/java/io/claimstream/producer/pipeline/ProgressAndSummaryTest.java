package io.claimstream.producer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.testing.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressAndSummaryTest {

    private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
    private final RunStats stats = new RunStats(clock);
    private final StringWriter out = new StringWriter();

    @Test
    void logsGetAProgressLineEveryPeriodNotEveryArticle() {
        ProgressReporter lines = ProgressReporter.forOutput(new PrintWriter(out, true), clock, false, -1);

        for (int i = 0; i < 30; i++) {
            stats.countPublished(1000);
            clock.advance(Duration.ofSeconds(1));
            lines.update(stats);
        }

        assertThat(out.toString().lines()).hasSize(3).allMatch(l -> l.startsWith("progress: "));
        assertThat(out.toString()).contains("progress: 10 published, 0 rejected");
    }

    @Test
    void terminalsGetABarWithAPercentageWhenTheSizeIsKnown() {
        ProgressReporter bar = ProgressReporter.forOutput(new PrintWriter(out, true), clock, true, 4000);
        stats.countPublished(1000);
        clock.advance(Duration.ofSeconds(1));

        bar.update(stats);
        bar.finish(stats);

        assertThat(out.toString()).startsWith("\r[########                      ]  25% 1 published");
    }

    @Test
    void theSummaryGivesCountsReasonsBytesAndThroughputAndTheExitCode() {
        stats.countPublished(2_000_000);
        stats.countPublished(1_000_000);
        stats.countRejected("malformed-json", 100);
        clock.advance(Duration.ofSeconds(2));

        RunSummary summary = RunSummary.of(stats, ArticleSink.dryRun(), false);

        assertThat(summary.render()).contains("2 published, 1 rejected (malformed-json: 1)",
                "read 2.9 MiB in 2.00 s: 1.5 articles/s, 1.50 MB/s");
        assertThat(summary.exitCode()).isEqualTo(RunSummary.SOME_REJECTED);
    }

    @Test
    void aCleanRunExitsZero() {
        stats.countPublished(10);

        assertThat(RunSummary.of(stats, ArticleSink.dryRun(), false).exitCode()).isEqualTo(RunSummary.OK);
    }
}
