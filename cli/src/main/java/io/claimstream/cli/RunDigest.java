package io.claimstream.cli;

import io.claimstream.serde.AvroBinary;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A short fingerprint of what a run put on its output topics, so that two runs of one input can be compared at a
 * glance. It covers keys and Avro-encoded values only: offsets, record timestamps and registry schema ids belong to the
 * cluster, not to the result.
 *
 * <p>Duplicate notices are digested in log order per partition (the dedup task writes them in decision order). A deal
 * topic is a changelog whose intermediate states depend on when tasks committed; what a consumer ends up with, the latest
 * state per deal, is what is digested.
 */
public final class RunDigest {

    private RunDigest() {
    }

    public static <T extends SpecificRecordBase> String ofLog(List<ConsumerRecord<String, T>> records) {
        MessageDigest sha = sha256();
        records.stream()
                .sorted(Comparator.<ConsumerRecord<String, T>>comparingInt(ConsumerRecord::partition)
                        .thenComparingLong(ConsumerRecord::offset))
                .forEach(r -> add(sha, r.key(), r.value()));
        return hex(sha);
    }

    public static <T extends SpecificRecordBase> String ofLatestPerKey(List<ConsumerRecord<String, T>> records) {
        Map<String, T> latest = new TreeMap<>();
        records.stream()
                .sorted(Comparator.<ConsumerRecord<String, T>>comparingInt(ConsumerRecord::partition)
                        .thenComparingLong(ConsumerRecord::offset))
                .forEach(r -> latest.put(r.key(), r.value()));
        MessageDigest sha = sha256();
        latest.forEach((k, v) -> add(sha, k, v));
        return hex(sha);
    }

    private static void add(MessageDigest sha, String key, SpecificRecordBase value) {
        byte[] k = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(k.length).array());
        sha.update(k);
        byte[] v = value == null ? new byte[0] : AvroBinary.encode(value);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(v.length).array());
        sha.update(v);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first 16 hex digits: enough to tell runs apart by eye. */
    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
