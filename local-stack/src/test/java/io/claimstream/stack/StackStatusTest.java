package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackStatusTest {

    private final StackState state = new StackState("/p/.claimstream/stack", "2026-01-01T00:00:00Z", true,
            "127.0.0.1:40001", "http://127.0.0.1:41001/apis/ccompat/v7", List.of());

    @Test
    void aRunningStackShowsEachProcessAndBothEndpoints() {
        StackStatus status = new StackStatus(Path.of("/p/.claimstream/stack"), Optional.of(state), List.of(
                new ProcessStatus("kafka", 101, true, ports("broker", 40001), "/p/logs/kafka.log"),
                new ProcessStatus("registry", 102, true, ports("http", 41001), "/p/logs/registry.log")));

        assertThat(status.allRunning()).isTrue();
        assertThat(status.render()).contains("stack: running", "kafka     running  pid 101", "ports broker=40001",
                "bootstrap servers:   127.0.0.1:40001", "schema registry URL: http://127.0.0.1:41001/apis/ccompat/v7");
    }

    @Test
    void aStackWithOneDeadProcessIsPartlyRunning() {
        StackStatus status = new StackStatus(Path.of("/p"), Optional.of(state), List.of(
                new ProcessStatus("kafka", 101, false, ports("broker", 40001), "/p/logs/kafka.log"),
                new ProcessStatus("registry", 102, true, ports("http", 41001), "/p/logs/registry.log")));

        assertThat(status.allRunning()).isFalse();
        assertThat(status.render()).contains("partly running", "kafka     stopped");
    }

    @Test
    void withoutAStateFileTheStackIsStopped() {
        StackStatus status = new StackStatus(Path.of("/p"), Optional.empty(), List.of());

        assertThat(status.anyRunning()).isFalse();
        assertThat(status.render()).startsWith("stack: stopped");
    }

    private static Map<String, Integer> ports(String name, int port) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(name, port);
        return ports;
    }
}
