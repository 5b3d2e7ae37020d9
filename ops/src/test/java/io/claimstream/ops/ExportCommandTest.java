package io.claimstream.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.ops.export.ExportResult;
import io.claimstream.streams.config.ConnectionOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportCommandTest {

    @Test
    void aPipelineLabelResolvesToItsConfiguredTopicName() {
        ConnectionOptions options = new ConnectionOptions();
        options.overrides.put("topics.claims.name", "claims.replay.v1");

        assertThat(ExportCommand.topicName(options.resolve(), "claims")).isEqualTo("claims.replay.v1");
        assertThat(ExportCommand.topicName(options.resolve(), "some.other.topic")).isEqualTo("some.other.topic");
    }

    @Test
    void theSummaryCountsWhatWasWrittenAndWhatWasSkipped() {
        ExportResult r = new ExportResult("claims.v1", 12, 3, 1, Optional.empty());

        assertThat(ExportCommand.summary(r, Path.of("out/claims.v1.jsonl")))
                .isEqualTo("exported 12 records from claims.v1 to out/claims.v1.jsonl; 3 outside the time range;"
                        + " 1 written as base64 (see their note)");
    }

    @Test
    void aFailedExportSaysWhy() {
        ExportResult r = new ExportResult("x", 0, 0, 0, Optional.of("topic 'x' does not exist"));

        assertThat(ExportCommand.summary(r, null)).isEqualTo("export of x failed after 0 records: topic 'x' does not exist");
    }
}
