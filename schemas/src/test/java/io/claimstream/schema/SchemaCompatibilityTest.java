package io.claimstream.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.registry.AvroCompatibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The .avsc files are contracts with every consumer of our topics, including ones we do not deploy (the kafkajs
 * consumer). Each must stay BACKWARD compatible with its last committed version, so a consumer upgraded to the new
 * schema still reads everything already in the topics. Registries only catch a breaking change at deploy time; this
 * catches it at build time.
 */
class SchemaCompatibilityTest {

    private static final Path AVRO_DIR = Path.of("src/main/avro");

    @Test
    void everySchemaIsBackwardCompatibleWithItsCommittedVersion() throws IOException {
        Map<String, String> working = workingTree();
        Optional<Map<String, String>> committed = committedVersions();
        assumeThat(committed).as("git and a committed HEAD are needed to compare with").isPresent();
        Map<String, String> previous = committed.orElseThrow();

        assertThat(problems(previous, working)).isEmpty();
    }

    @Test
    void allSchemasParseTogether() throws IOException {
        Map<String, String> working = workingTree();

        assertThat(AvscSet.parse(working).schemasByFile()).hasSameSizeAs(working);
    }

    @Test
    void theCheckRejectsANewFieldWithoutDefault() throws IOException {
        Map<String, String> working = workingTree();
        Map<String, String> changed = new HashMap<>(working);
        changed.put("Article.avsc", withField(working.get("Article.avsc"), "{\"name\": \"wordCount\", \"type\": \"int\"}"));

        assertThat(problems(working, changed))
                .anySatisfy(problem -> assertThat(problem).startsWith("Article.avsc").contains("wordCount"));
    }

    @Test
    void theCheckAcceptsANewFieldWithADefault() throws IOException {
        Map<String, String> working = workingTree();
        Map<String, String> changed = new HashMap<>(working);
        changed.put("Article.avsc",
                withField(working.get("Article.avsc"), "{\"name\": \"wordCount\", \"type\": \"int\", \"default\": 0}"));

        assertThat(problems(working, changed)).isEmpty();
    }

    @Test
    void theCheckRejectsAChangeInANestedTypeThroughEveryFileThatUsesIt() throws IOException {
        Map<String, String> working = workingTree();
        Map<String, String> changed = new HashMap<>(working);
        // A removed enum symbol breaks old data only when the enum has no default: BidStatus has none.
        changed.put("BidStatus.avsc", working.get("BidStatus.avsc").replace("\"WITHDRAWN\"", "\"RETRACTED\""));

        assertThat(problems(working, changed)).anySatisfy(problem -> assertThat(problem).contains("BidStatus.avsc"))
                .anySatisfy(problem -> assertThat(problem).contains("DealState.avsc"));
    }

    @Test
    void aRemovedSchemaFileIsReported() throws IOException {
        Map<String, String> working = workingTree();
        Map<String, String> changed = new HashMap<>(working);
        changed.remove("DeadLetter.avsc");

        assertThat(problems(working, changed)).containsExactly("DeadLetter.avsc was removed");
    }

    /** Why {@code current} may not follow {@code previous}; a file with no previous version has nothing to break. */
    private static List<String> problems(Map<String, String> previous, Map<String, String> current) {
        AvscSet before = AvscSet.parse(previous);
        AvscSet after = AvscSet.parse(current);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Schema> old : before.schemasByFile().entrySet()) {
            Schema now = after.schema(old.getKey());
            if (now == null) {
                problems.add(old.getKey() + " was removed");
                continue;
            }
            List<String> found = AvroCompatibility.readProblems(now, old.getValue(), "new reader, committed writer");
            if (!found.isEmpty()) {
                problems.add(old.getKey() + " is not BACKWARD compatible with HEAD: " + found);
            }
        }
        return problems;
    }

    private static Map<String, String> workingTree() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(AVRO_DIR)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".avsc")).toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** The .avsc files as committed at HEAD, or empty when there is no git or no commit to compare with. */
    private static Optional<Map<String, String>> committedVersions() {
        Optional<String> root = git(Path.of("."), "rev-parse", "--show-toplevel").map(String::trim);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Path repo = Path.of(root.get());
        String dir = repo.relativize(AVRO_DIR.toAbsolutePath().normalize()).toString().replace('\\', '/');
        Optional<String> listing = git(repo, "ls-tree", "--name-only", "HEAD", dir + "/");
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> texts = new TreeMap<>();
        for (String path : listing.get().lines().filter(line -> line.endsWith(".avsc")).toList()) {
            String text = git(repo, "show", "HEAD:" + path)
                    .orElseThrow(() -> new IllegalStateException("git show HEAD:" + path + " failed"));
            texts.put(Path.of(path).getFileName().toString(), text);
        }
        return Optional.of(texts);
    }

    private static Optional<String> git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String withField(String avsc, String fieldJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode schema = (ObjectNode) json.readTree(avsc);
        ((ArrayNode) schema.get("fields")).add(json.readTree(fieldJson));
        return json.writeValueAsString(schema);
    }
}
