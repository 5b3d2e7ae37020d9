package org.apache.kafka.tools.consumer.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code kafka-consumer-groups --describe --group G} shows, taken from the tool's own service class (it is package
 * private, hence this class's package) rather than by parsing its printed table.
 */
public final class KafkaConsumerGroupsDescribe {

    /** One row of the describe table; a "-" in the table is an empty optional here. */
    public record Row(String topic, int partition, Optional<Long> currentOffset, Optional<Long> logEndOffset,
                      Optional<Long> lag, String consumerId) {
    }

    private KafkaConsumerGroupsDescribe() {
    }

    public static List<Row> describe(String bootstrapServers, String group) throws Exception {
        ConsumerGroupCommandOptions opts = ConsumerGroupCommandOptions.fromArgs(
                new String[] {"--bootstrap-server", bootstrapServers, "--describe", "--group", group});
        try (ConsumerGroupCommand.ConsumerGroupService service = new ConsumerGroupCommand.ConsumerGroupService(opts, Map.of())) {
            Collection<PartitionAssignmentState> rows = service.collectGroupOffsets(group).getValue().orElseThrow();
            return rows.stream()
                    .filter(r -> r.topic().isPresent())
                    .map(r -> new Row(r.topic().get(), r.partition().orElseThrow(), r.offset(), r.logEndOffset(), r.lag(),
                            r.consumerId().orElse("-")))
                    .toList();
        }
    }
}
