package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIT {

    @TempDir
    Path dataDir;

    @Test
    void startedStackCarriesRecordsAndSchemasAndStopsBothProcessesOnClose() throws Exception {
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(dataDir);
        long kafkaPid;
        long registryPid;
        try (LocalStack stack = LocalStack.start(options)) {
            kafkaPid = stack.kafkaPid();
            registryPid = stack.registryPid();
            StackProbe probe = new StackProbe(stack.endpoints());

            probe.createTopic("articles");
            probe.produce("articles", "a-1", "hello");
            assertThat(probe.consumeOne("articles").value()).isEqualTo("hello");

            assertThat(probe.get("/config").body()).contains("\"BACKWARD\"");
            var registered = probe.post("/subjects/articles-value/versions", StackProbe.avroRecord("Article", "id"));
            assertThat(registered.statusCode()).isEqualTo(200);
            String id = registered.body().replaceAll("\\D+", "");
            assertThat(probe.get("/schemas/ids/" + id).statusCode()).isEqualTo(200);
            assertThat(probe.post("/subjects/articles-value/versions", StackProbe.avroRecord("Article", "id", "title"))
                    .statusCode()).as("adding a field without default breaks BACKWARD").isEqualTo(409);

            assertThat(LocalStackControl.status(dataDir).allRunning()).isTrue();
            System.out.printf("[local-stack] %s; RSS kafka %d MiB, registry %d MiB%n", stack.startupTimings().render(),
                    StackProbe.residentMib(kafkaPid), StackProbe.residentMib(registryPid));
        }
        assertThat(ProcessHandle.of(kafkaPid)).isEmpty();
        assertThat(ProcessHandle.of(registryPid)).isEmpty();
        assertThat(LocalStackControl.status(dataDir).anyRunning()).isFalse();

        try (LocalStack again = LocalStack.start(options)) {
            StackProbe probe = new StackProbe(again.endpoints());
            assertThat(probe.topics()).as("data survives a restart").contains("articles");
            assertThat(probe.get("/subjects").body()).contains("articles-value");
            System.out.printf("[local-stack] restart: %s%n", again.startupTimings().render());
        }
    }

    @Test
    void aStackNotReadyInTimeFailsNamingItsLogAndLeavesNothingRunning() {
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(dataDir).withStartTimeout(Duration.ofMillis(1));

        assertThatThrownBy(() -> LocalStack.start(options))
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("not ready")
                .hasMessageContaining(dataDir.resolve("logs").toString());
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("claimstream.stack.dir=" + dataDir)))
                .isEmpty();
    }

    @Test
    void detachedStackIsReportedRunningUntilDown() {
        LocalStackOptions options = LocalStackOptions.defaults().withDataDir(dataDir);
        UpResult up = LocalStackControl.up(options);
        assertThat(up).isInstanceOf(UpResult.Started.class);
        StackStatus status = LocalStackControl.status(dataDir);
        try {
            assertThat(status.allRunning()).isTrue();
            assertThat(status.render()).contains("running", status.endpoints().orElseThrow().bootstrapServers());
            assertThat(LocalStackControl.up(options)).isInstanceOf(UpResult.AlreadyRunning.class);
        } finally {
            DownResult down = LocalStackControl.down(dataDir);
            assertThat(down.wasRunning()).isTrue();
        }
        status.processes().forEach(p -> await().atMost(Duration.ofSeconds(5))
                .until(() -> ProcessHandle.of(p.pid()).isEmpty()));
        assertThat(LocalStackControl.status(dataDir).render()).contains("stopped");
    }
}
