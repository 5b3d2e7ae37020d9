package io.claimstream.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;

/**
 * A set of .avsc files parsed together. The files name each other's types, so each is parsed once the types it uses
 * are known; the order is found by trying rather than kept in sync with the {@code <imports>} list in the pom.
 */
final class AvscSet {

    private final Map<String, Schema> schemasByFile;

    private AvscSet(Map<String, Schema> schemasByFile) {
        this.schemasByFile = schemasByFile;
    }

    /** @param textsByFile file name (e.g. {@code Article.avsc}) to its JSON text */
    static AvscSet parse(Map<String, String> textsByFile) {
        Map<String, Schema> known = new HashMap<>();
        Map<String, Schema> byFile = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(textsByFile.keySet());
        Map<String, String> lastErrors = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (String file : List.copyOf(pending)) {
                Schema.Parser parser = new Schema.Parser();
                parser.addTypes(known.values());
                try {
                    byFile.put(file, parser.parse(textsByFile.get(file)));
                    known.putAll(parser.getTypes());
                    pending.remove(file);
                    progress = true;
                } catch (AvroRuntimeException e) {
                    // Avro 1.12 reports a not-yet-known type name as an AvroTypeException.
                    lastErrors.put(file, e.getMessage());
                }
            }
            if (!progress) {
                Map<String, String> failures = new LinkedHashMap<>();
                pending.forEach(file -> failures.put(file, lastErrors.get(file)));
                throw new IllegalArgumentException("These .avsc files do not parse: " + failures);
            }
        }
        return new AvscSet(byFile);
    }

    Map<String, Schema> schemasByFile() {
        return schemasByFile;
    }

    Schema schema(String file) {
        return schemasByFile.get(file);
    }
}
