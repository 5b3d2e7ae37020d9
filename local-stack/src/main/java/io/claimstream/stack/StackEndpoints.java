package io.claimstream.stack;

/**
 * Where clients reach a running stack.
 *
 * @param bootstrapServers  Kafka {@code bootstrap.servers}, e.g. {@code 127.0.0.1:40123}
 * @param schemaRegistryUrl base of the Confluent-compatible registry API, e.g.
 *                          {@code http://127.0.0.1:40125/apis/ccompat/v7} (what Confluent serdes call {@code schema.registry.url})
 */
public record StackEndpoints(String bootstrapServers, String schemaRegistryUrl) {
}
