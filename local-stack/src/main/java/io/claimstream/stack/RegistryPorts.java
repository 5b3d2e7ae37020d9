package io.claimstream.stack;

/** The registry's HTTP port (REST APIs) and Quarkus management port (health, metrics). */
record RegistryPorts(int http, int management) {

    String baseUrl() {
        return "http://" + BrokerConfig.HOST + ":" + http;
    }

    /** Base of the Confluent-compatible API, what Confluent serdes call {@code schema.registry.url}. */
    String confluentApiUrl() {
        return baseUrl() + RegistryConfig.CCOMPAT_PATH;
    }
}
