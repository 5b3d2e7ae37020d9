package io.claimstream.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code server.properties} of the single KRaft node (broker + controller in one process).
 *
 * <p>Listener and security settings are built only in {@link #listenerProperties()}: plain listeners by default, or
 * with {@code scram} present SASL on both listeners plus the ACL authorizer ({@link #secureListenerProperties}).
 */
record BrokerConfig(int nodeId, BrokerPorts ports, Path logDirs, Optional<ScramCredentials> scram) {

    static final String HOST = "127.0.0.1";
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String SECURE_BROKER_LISTENER = "SASL_PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer";

    static BrokerConfig devNode(BrokerPorts ports, Path logDirs) {
        return new BrokerConfig(1, ports, logDirs, Optional.empty());
    }

    static BrokerConfig secureNode(BrokerPorts ports, Path logDirs, ScramCredentials scram) {
        return new BrokerConfig(1, ports, logDirs, Optional.of(scram));
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
        if (scram.isPresent()) {
            return secureListenerProperties(scram.get());
        }
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
     * Clients authenticate with SCRAM-SHA-512 on the broker listener, which is also the inter-broker listener (the
     * transaction coordinator sends its markers through it, to itself), with the broker logged in as admin.
     * SCRAM cannot guard the controller listener: its users live in the metadata log the controller serves, so the
     * broker-to-controller link uses SASL/PLAIN with the admin password from this (mode 600) file instead. No
     * listener accepts unauthenticated connections, so no ANONYMOUS principal ever reaches the authorizer.
     */
    private Map<String, String> secureListenerProperties(ScramCredentials scram) {
        Map<String, String> props = new LinkedHashMap<>();
        String brokerEndpoint = SECURE_BROKER_LISTENER + "://" + HOST + ":" + ports.broker();
        String controllerEndpoint = CONTROLLER_LISTENER + "://" + HOST + ":" + ports.controller();
        String admin = StackPrincipal.ADMIN.userName();
        String adminPassword = scram.password(StackPrincipal.ADMIN);
        props.put("listeners", brokerEndpoint + "," + controllerEndpoint);
        props.put("advertised.listeners", brokerEndpoint + "," + controllerEndpoint);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", SECURE_BROKER_LISTENER);
        props.put("listener.security.protocol.map",
                CONTROLLER_LISTENER + ":SASL_PLAINTEXT," + SECURE_BROKER_LISTENER + ":SASL_PLAINTEXT");
        props.put("controller.quorum.bootstrap.servers", HOST + ":" + ports.controller());
        props.put("sasl.enabled.mechanisms", ScramCredentials.MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", ScramCredentials.MECHANISM);
        props.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                scram.scramJaasConfig(StackPrincipal.ADMIN));
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        props.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin
                        + "\" password=\"" + adminPassword + "\" user_" + admin + "=\"" + adminPassword + "\";");
        props.put("authorizer.class.name", AUTHORIZER);
        props.put("super.users", StackPrincipal.ADMIN.kafkaPrincipal());
        props.put("allow.everyone.if.no.acl.found", "false");
        return props;
    }

    boolean secure() {
        return scram.isPresent();
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
