package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    private final BrokerConfig config = BrokerConfig.devNode(new BrokerPorts(40001, 40002), Path.of("/data/kafka/data"));

    @Test
    void brokerAndControllerListenOnLoopbackOnly() {
        Map<String, String> props = config.properties();
        assertThat(props.get("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:40001,CONTROLLER://127.0.0.1:40002");
        assertThat(props.get("controller.quorum.bootstrap.servers")).isEqualTo("127.0.0.1:40002");
        assertThat(props.get("process.roles")).isEqualTo("broker,controller");
    }

    @Test
    void internalTopicsFitASingleNode() {
        assertThat(config.properties()).contains(
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false"));
    }

    @Test
    void logDirsLiveUnderTheDataDir() {
        assertThat(config.properties().get("log.dirs")).isEqualTo(Path.of("/data/kafka/data").toAbsolutePath().toString());
    }

    @Test
    void renderedFileHasOneKeyValueLinePerProperty() {
        String rendered = config.render();
        assertThat(rendered).contains("\nlisteners=PLAINTEXT://127.0.0.1:40001,CONTROLLER://127.0.0.1:40002\n");
        assertThat(rendered.lines().filter(l -> !l.startsWith("#"))).hasSize(config.properties().size());
    }

    @Test
    void bootstrapServersPointAtTheBrokerListener() {
        assertThat(new BrokerPorts(40001, 40002).bootstrapServers()).isEqualTo("127.0.0.1:40001");
    }
}
