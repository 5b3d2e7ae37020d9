package io.claimstream.registry;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API that claimstream uses. Every method throws
 * {@link SchemaRegistryException} when the registry refuses or cannot be reached.
 */
public interface SchemaRegistryClient {

    /** Registers the schema under the subject (a no-op when it already is) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id and version under which this exact schema is already registered in the subject, if it is. */
    Optional<RegisteredSchema> lookup(String subject, Schema schema);

    /** The schema with this global id; throws with {@link SchemaRegistryException#isSchemaNotFound()} when unknown. */
    Schema getById(int id);

    /** The latest version of the subject, if the subject exists. */
    Optional<RegisteredSchema> latest(String subject);

    /** Whether the registry would accept the schema as the subject's next version under its compatibility level. */
    boolean testCompatibility(String subject, Schema schema);

    /**
     * The level set on the subject itself, if any (the global level applies otherwise). Apicurio's ccompat API
     * answers with the global level for a subject that has none of its own, so there it is never empty.
     */
    Optional<CompatibilityLevel> subjectCompatibility(String subject);

    void setSubjectCompatibility(String subject, CompatibilityLevel level);

    CompatibilityLevel globalCompatibility();

    void setGlobalCompatibility(CompatibilityLevel level);

    /** All subjects, sorted. */
    List<String> subjects();
}
