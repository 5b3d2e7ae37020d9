package io.claimstream.streams.topology;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Where the topology gets its value serdes: the schema-registry Avro serde in production, an in-memory registry in tests. */
@FunctionalInterface
public interface RecordSerdes {

    <T extends SpecificRecord> Serde<T> value(Class<T> type);
}
