package io.claimstream.cli;

import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConnectionOptions;
import io.claimstream.streams.topics.TopicProvisioner;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Creates the pipeline's topics, idempotently. */
@Command(name = "topics", description = "Create the pipeline's topics with their partitions, replication and configs (idempotent).")
final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        ClaimstreamConfig config = connection.resolveReachable(ClientRole.ADMIN, ClusterProbe.Needs.KAFKA);
        try (Admin admin = Admin.create(config.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
            int mismatches = 0;
            for (TopicProvisioner.Outcome o : new TopicProvisioner(admin).ensure(config.topics().all())) {
                System.out.printf("%-32s %-8s %s%n", o.topic(), o.status(), o.detail());
                if (o.status() == TopicProvisioner.Status.MISMATCH) {
                    mismatches++;
                }
            }
            return mismatches == 0 ? 0 : 2;
        }
    }
}
