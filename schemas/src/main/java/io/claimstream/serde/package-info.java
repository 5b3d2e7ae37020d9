/**
 * Kafka serializers for Avro records in the Confluent wire format, without Confluent's libraries.
 *
 * <p>Why our own: Confluent's Maven repository is not reachable from our build machines, so
 * {@code io.confluent:kafka-avro-serializer} cannot be used. The format is small and public, and sticking to it
 * byte for byte keeps our topics readable by any Confluent-compatible client (the kafkajs consumer with
 * {@code @kafkajs/confluent-schema-registry}, Confluent's own deserializers, kcat, ...):
 *
 * <pre>
 *   byte 0      magic byte, always 0
 *   bytes 1-4   schema id, a big-endian int, as the registry assigned it
 *   bytes 5-    the record in Avro binary encoding, written with that schema
 * </pre>
 *
 * <p>The {@link io.claimstream.serde.AvroSerializer} registers (or looks up) the record's schema under the subject its
 * {@link io.claimstream.serde.SubjectNameStrategy} names ({@code <topic>-value} by default). The
 * {@link io.claimstream.serde.AvroDeserializer} fetches the writer schema by id and resolves it to the generated
 * class's schema, so consumers built against a newer, backward-compatible schema read older records.
 *
 * <p>Every failure is an {@link io.claimstream.serde.AvroSerdeException}, a Kafka {@code SerializationException}
 * carrying a machine-readable {@link io.claimstream.serde.SerdeFailure} that dead-letter records keep as their reason.
 * {@link io.claimstream.serde.AvroJson} renders any record as plain JSON for tools and exports.
 */
package io.claimstream.serde;
