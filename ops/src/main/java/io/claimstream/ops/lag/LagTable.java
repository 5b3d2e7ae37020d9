package io.claimstream.ops.lag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Renders a {@link LagSnapshot} as the text tables {@code claimstream lag} prints. */
public final class LagTable {

    static final String FOOTER = """
            LAG = LOG-END-OFFSET - CURRENT-OFFSET, the same figures as kafka-consumer-groups --describe.
            TIME-LAG = age of the oldest committed record the group has not consumed yet (0 when there is none).
            Exactly-once input: every transaction ends with a commit marker that takes an offset but is never delivered,
            so a caught-up group can show LAG 1 (or more) per partition; TIME-LAG 0 then means it really is caught up.""";

    private static final String NONE = "-";

    private LagTable() {
    }

    public static String render(LagSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append("Consumer lag at ").append(snapshot.takenAt()).append('\n');
        if (snapshot.groups().isEmpty() && snapshot.failures().isEmpty()) {
            out.append("\nNo consumer groups.\n");
        }
        for (GroupLag group : snapshot.groups()) {
            out.append('\n').append(header(group)).append('\n');
            out.append(partitionTable(group));
            if (!group.members().isEmpty()) {
                out.append(memberTable(group));
            }
        }
        snapshot.failures().forEach((group, reason) -> out.append("\nGROUP ").append(group).append(": ").append(reason).append('\n'));
        out.append('\n').append(FOOTER).append('\n');
        return out.toString();
    }

    static String header(GroupLag group) {
        return "GROUP " + group.groupId() + "  state " + group.state() + "  members " + group.members().size()
                + "  total lag " + group.totalOffsetLag() + " records"
                + "  max time lag " + group.maxTimeLag().map(HumanDuration::format).orElse(NONE);
    }

    private static String partitionTable(GroupLag group) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "TIME-LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"));
        for (PartitionLag p : group.partitions()) {
            rows.add(List.of(p.topic(), Integer.toString(p.partition()), number(p.committedOffset()), number(p.endOffset()),
                    number(p.offsetLag()), duration(p.timeLag()),
                    p.owner().map(GroupMember::consumerId).orElse(NONE),
                    p.owner().map(GroupMember::host).orElse(NONE),
                    p.owner().map(GroupMember::clientId).orElse(NONE)));
        }
        if (group.partitions().isEmpty()) {
            return "  (no committed offsets and no assigned partitions)\n";
        }
        return columns(rows);
    }

    private static String memberTable(GroupLag group) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CONSUMER-ID", "HOST", "CLIENT-ID", "#PARTITIONS", "ASSIGNMENT"));
        for (GroupMember m : group.members()) {
            String assignment = m.assignment().stream().map(tp -> tp.topic() + "(" + tp.partition() + ")")
                    .collect(Collectors.joining(", "));
            rows.add(List.of(m.consumerId(), m.host(), m.clientId(), Integer.toString(m.assignment().size()),
                    assignment.isEmpty() ? NONE : assignment));
        }
        return "\n" + columns(rows);
    }

    private static String number(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : NONE;
    }

    private static String duration(Optional<Duration> d) {
        return d.map(HumanDuration::format).orElse(NONE);
    }

    /** Left-aligned columns, two spaces apart, the last one unpadded. */
    static String columns(List<List<String>> rows) {
        int n = rows.get(0).size();
        int[] width = new int[n];
        rows.forEach(r -> {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                line.append(i == n - 1 ? r.get(i) : String.format("%-" + width[i] + "s  ", r.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
