package io.claimstream.cli.security;

import io.claimstream.stack.StackPrincipal;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.TopicProvisioner;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/** The pipeline's topics under their default names, created as the admin principal: nobody else may create them. */
final class PipelineTopics {

    private PipelineTopics() {
    }

    static List<TopicProvisioner.Outcome> ensure(SecureStack stack) {
        ClaimstreamConfig admin = PrincipalConfig.of(stack, StackPrincipal.ADMIN);
        try (Admin client = Admin.create(admin.clientProperties(ClaimstreamConfig.KAFKA_ADMIN_PREFIX))) {
            return new TopicProvisioner(client).ensure(admin.topics().all());
        }
    }

    static String name(SecureStack stack, TopicLabel label) {
        return PrincipalConfig.of(stack, StackPrincipal.ADMIN).topics().name(label);
    }
}
