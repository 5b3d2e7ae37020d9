package io.claimstream.stack;

/** The two loopback ports of the combined broker+controller node. */
record BrokerPorts(int broker, int controller) {

    String bootstrapServers() {
        return BrokerConfig.HOST + ":" + broker;
    }
}
