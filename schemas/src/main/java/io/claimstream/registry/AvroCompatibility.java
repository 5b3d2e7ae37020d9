package io.claimstream.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Checks a candidate schema against earlier versions the way a Confluent registry does, using Avro's own rules. */
public final class AvroCompatibility {

    private AvroCompatibility() {
    }

    /**
     * What stops {@code candidate} from following {@code earlierOldestFirst} under {@code level}; empty when it may.
     * Non-transitive levels look at the latest earlier version only.
     */
    public static List<String> problems(CompatibilityLevel level, Schema candidate, List<Schema> earlierOldestFirst) {
        List<String> problems = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || earlierOldestFirst.isEmpty()) {
            return problems;
        }
        List<Schema> toCheck = level.transitive()
                ? earlierOldestFirst
                : List.of(earlierOldestFirst.get(earlierOldestFirst.size() - 1));
        for (Schema earlier : toCheck) {
            if (level.newReadsOld()) {
                problems.addAll(readProblems(candidate, earlier, "new schema cannot read data written with old"));
            }
            if (level.oldReadsNew()) {
                problems.addAll(readProblems(earlier, candidate, "old schema cannot read data written with new"));
            }
        }
        return problems;
    }

    /** Why {@code reader} cannot decode data written with {@code writer}; empty when it can. */
    public static List<String> readProblems(Schema reader, Schema writer, String prefix) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        List<String> problems = new ArrayList<>();
        if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
            for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
                problems.add(prefix + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                        + " (" + incompatibility.getMessage() + ")");
            }
            if (problems.isEmpty()) {
                problems.add(prefix + ": " + result.getDescription());
            }
        }
        return problems;
    }
}
