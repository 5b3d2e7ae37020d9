package io.claimstream.serde;

import org.apache.avro.Schema;

/** Names the registry subject a record's schema is registered under, as Confluent's strategies do. */
@FunctionalInterface
public interface SubjectNameStrategy {

    String subjectName(String topic, boolean isKey, Schema schema);

    /** {@code <topic>-value} / {@code <topic>-key}: one schema lineage per topic. The default. */
    SubjectNameStrategy TOPIC_NAME = (topic, isKey, schema) -> topic + (isKey ? "-key" : "-value");

    /** The record's full name, e.g. {@code io.claimstream.schema.Article}: one lineage per type across topics. */
    SubjectNameStrategy RECORD_NAME = (topic, isKey, schema) -> schema.getFullName();

    /** {@code <topic>-<full record name>}: several types per topic, each with its own lineage. */
    SubjectNameStrategy TOPIC_RECORD_NAME = (topic, isKey, schema) -> topic + "-" + schema.getFullName();

    /**
     * The strategy a config value names: Confluent's class names ({@code io.confluent...TopicNameStrategy}) or their
     * simple names, so configs written for Confluent's serdes work unchanged.
     */
    static SubjectNameStrategy named(String name) {
        String simpleName = name.substring(name.lastIndexOf('.') + 1).trim();
        return switch (simpleName) {
            case "TopicNameStrategy" -> TOPIC_NAME;
            case "RecordNameStrategy" -> RECORD_NAME;
            case "TopicRecordNameStrategy" -> TOPIC_RECORD_NAME;
            default -> throw new IllegalArgumentException("Unknown subject name strategy: " + name
                    + " (use TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy)");
        };
    }
}
