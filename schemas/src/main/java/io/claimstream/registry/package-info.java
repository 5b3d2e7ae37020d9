/**
 * A small client for the Confluent Schema Registry REST API, and an in-memory stand-in for tests.
 *
 * <p>Why our own: Confluent's Maven repository is not reachable from our build machines, so
 * {@code io.confluent:kafka-schema-registry-client} cannot be used. The REST API itself is a de-facto standard that
 * several registries serve (Confluent, Apicurio Registry under {@code /apis/ccompat/v7}, Karapace, Redpanda), and
 * Confluent clients in other languages (e.g. {@code @kafkajs/confluent-schema-registry}) read the same ids we write.
 * We use only the handful of endpoints the serde and the tools need.
 *
 * <p>{@link io.claimstream.registry.HttpSchemaRegistryClient} caches id&nbsp;&rarr;&nbsp;schema and
 * (subject,&nbsp;schema)&nbsp;&rarr;&nbsp;id forever: ids are immutable in every registry, so after the first record of
 * each type the serde's hot path makes no HTTP calls. {@link io.claimstream.registry.InMemorySchemaRegistry} keeps
 * Confluent's semantics that matter to us (one id per distinct schema across subjects, versions per subject,
 * compatibility levels with BACKWARD as the default) so unit tests and {@code TopologyTestDriver} need no server.
 * {@link io.claimstream.registry.SchemaRegistries#forUrl} picks one from a URL: {@code mock://name} or
 * {@code http(s)://...}.
 */
package io.claimstream.registry;
