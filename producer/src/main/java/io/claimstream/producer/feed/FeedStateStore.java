package io.claimstream.producer.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.producer.http.Validators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Feed state as one small JSON file per feed under a state directory ({@code feed-<sha256(url)[0..16]>.json}).
 * Written to a temp file and atomically moved, so a crash mid-write leaves the previous state, never a torn file.
 * A read-only store (for {@code --dry-run}) loads state but never writes it.
 */
public final class FeedStateStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final boolean writable;

    private FeedStateStore(Path dir, boolean writable) {
        this.dir = dir;
        this.writable = writable;
    }

    public static FeedStateStore in(Path dir) {
        return new FeedStateStore(dir, true);
    }

    public static FeedStateStore readOnly(Path dir) {
        return new FeedStateStore(dir, false);
    }

    public Path fileFor(String feedUrl) {
        return dir.resolve("feed-" + sha256(feedUrl).substring(0, 16) + ".json");
    }

    public FeedState load(String feedUrl) {
        Path file = fileFor(feedUrl);
        if (dir == null || !Files.isRegularFile(file)) {
            return FeedState.empty(feedUrl);
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            node.path("seen").forEach(n -> seen.add(n.asText()));
            return new FeedState(feedUrl, new Validators(text(node, "etag"), text(node, "lastModified")), seen);
        } catch (IOException e) {
            // A corrupt state file must not stop ingestion: start afresh; re-published items share their key.
            return FeedState.empty(feedUrl);
        }
    }

    public void save(FeedState state) {
        if (!writable) {
            return;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("feedUrl", state.feedUrl());
        node.put("etag", state.validators().etag());
        node.put("lastModified", state.validators().lastModified());
        ArrayNode seen = node.putArray("seen");
        state.seen().forEach(seen::add);
        try {
            Files.createDirectories(dir);
            Path target = fileFor(state.feedUrl());
            Path temp = Files.createTempFile(dir, ".feed-", ".tmp");
            Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feed state under " + dir, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
