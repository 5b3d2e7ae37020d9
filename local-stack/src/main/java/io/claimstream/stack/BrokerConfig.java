package io.claimstream.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code server.properties} of the single KRaft node (broker + controller in one process).
 *
 * <p>Listener and security settings are built only in {@link #listenerProperties()}: the planned {@code --secure}
 * mode (SASL/SCRAM + ACLs) is meant to replace that method's output (protocol map, SASL mechanisms, authorizer)
 * without touching the rest.
 */
record BrokerConfig(int nodeId, BrokerPorts ports, Path logDirs) {

    static final String HOST = "127.0.0.1";
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    static BrokerConfig devNode(BrokerPorts ports, Path logDirs) {
        return new BrokerConfig(1, ports, logDirs);
    }

    Map<String, String> properties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(nodeId));
        props.putAll(listenerProperties());
        props.put("log.dirs", logDirs.toAbsolutePath().toString());
        props.putAll(singleNodeDefaults());
        return props;
    }

    /** Listeners bound to loopback only: nothing of the dev stack is reachable from outside the machine. */
    Map<String, String> listenerProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        String brokerEndpoint = BROKER_LISTENER + "://" + HOST + ":" + ports.broker();
        String controllerEndpoint = CONTROLLER_LISTENER + "://" + HOST + ":" + ports.controller();
        props.put("listeners", brokerEndpoint + "," + controllerEndpoint);
        props.put("advertised.listeners", brokerEndpoint + "," + controllerEndpoint);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("listener.security.protocol.map", CONTROLLER_LISTENER + ":PLAINTEXT," + BROKER_LISTENER + ":PLAINTEXT");
        props.put("controller.quorum.bootstrap.servers", HOST + ":" + ports.controller());
        return props;
    }

    /**
     * A single node cannot meet the production replication defaults (3), and a dev stack wants a fast first
     * consumer-group join and no silently auto-created topics (a typo in a topic name should fail loudly).
     */
    private static Map<String, String> singleNodeDefaults() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("delete.topic.enable", "true");
        return props;
    }

    /** Renders {@link #properties()} as a properties file; values here never need escaping except backslashes. */
    String render() {
        return properties().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "# Written by claimstream local-stack; rewritten on every start.\n", "\n"));
    }
}
