package io.claimstream.ops.lag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Renders a {@link LagSnapshot} as JSON for scripts. Unknown figures are {@code null}; time lags are given in
 * milliseconds ({@code timeLagMs}) so that consumers need no duration parser.
 */
public final class LagJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LagJson() {
    }

    public static ObjectNode toJson(LagSnapshot snapshot) {
        ObjectNode root = NODES.objectNode();
        root.put("takenAt", snapshot.takenAt().toString());
        ArrayNode groups = root.putArray("groups");
        snapshot.groups().forEach(g -> groups.add(group(g)));
        ObjectNode failures = root.putObject("failures");
        snapshot.failures().forEach(failures::put);
        return root;
    }

    private static ObjectNode group(GroupLag g) {
        ObjectNode node = NODES.objectNode();
        node.put("group", g.groupId());
        node.put("state", g.state());
        node.put("totalOffsetLag", g.totalOffsetLag());
        putMillis(node, "maxTimeLagMs", g.maxTimeLag());
        ArrayNode members = node.putArray("members");
        for (GroupMember m : g.members()) {
            ObjectNode mn = members.addObject();
            mn.put("consumerId", m.consumerId());
            mn.put("host", m.host());
            mn.put("clientId", m.clientId());
            ArrayNode assignment = mn.putArray("assignment");
            m.assignment().forEach(tp -> assignment.addObject().put("topic", tp.topic()).put("partition", tp.partition()));
        }
        ArrayNode partitions = node.putArray("partitions");
        for (PartitionLag p : g.partitions()) {
            ObjectNode pn = partitions.addObject();
            pn.put("topic", p.topic());
            pn.put("partition", p.partition());
            putLong(pn, "committedOffset", p.committedOffset());
            putLong(pn, "endOffset", p.endOffset());
            putLong(pn, "offsetLag", p.offsetLag());
            putMillis(pn, "timeLagMs", p.timeLag());
            if (p.owner().isPresent()) {
                pn.put("consumerId", p.owner().get().consumerId());
            } else {
                pn.putNull("consumerId");
            }
        }
        return node;
    }

    private static void putLong(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }

    private static void putMillis(ObjectNode node, String field, Optional<Duration> value) {
        if (value.isPresent()) {
            node.put(field, value.get().toMillis());
        } else {
            node.putNull(field);
        }
    }
}
