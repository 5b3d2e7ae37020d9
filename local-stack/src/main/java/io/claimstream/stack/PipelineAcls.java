package io.claimstream.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each {@link StackPrincipal} may do, as Kafka ACLs. Everything not granted here is denied
 * ({@code allow.everyone.if.no.acl.found=false}); {@link StackPrincipal#ADMIN} is a super user and needs none.
 *
 * <p>The names are claimstream's default topic names and application id (see claimstream-defaults.properties in
 * streams-app): a pipeline configured with other names needs ACLs of its own.
 *
 * @param articlesTopic      the producer's input topic, read by the streams app
 * @param deadLettersTopic   written by the producer (rejects) and the streams app (failures)
 * @param intermediateTopics written and read back by the streams app
 * @param downstreamTopics   written by the streams app, read by downstream consumers
 * @param applicationId      the streams app's {@code application.id}: prefix of its internal topics, its consumer
 *                           group and its transactional ids
 * @param downstreamGroupPrefix prefix of the consumer groups downstream consumers may use
 */
public record PipelineAcls(
        String articlesTopic,
        String deadLettersTopic,
        List<String> intermediateTopics,
        List<String> downstreamTopics,
        String applicationId,
        String downstreamGroupPrefix) {

    private static final String ANY_HOST = "*";

    public PipelineAcls {
        Objects.requireNonNull(articlesTopic, "articlesTopic");
        Objects.requireNonNull(deadLettersTopic, "deadLettersTopic");
        intermediateTopics = List.copyOf(intermediateTopics);
        downstreamTopics = List.copyOf(downstreamTopics);
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(downstreamGroupPrefix, "downstreamGroupPrefix");
    }

    public static PipelineAcls claimstreamDefaults() {
        return new PipelineAcls("articles.raw.v1", "pipeline.dead-letters.v1",
                List.of("articles.unique.v1", "articles.duplicates.v1", "claims.v1"),
                List.of("deals.v1", "deals.bid-updates.v1"), "claimstream", "downstream");
    }

    public List<AclBinding> bindings() {
        List<AclBinding> acls = new ArrayList<>();
        addProducer(acls);
        addStreams(acls);
        addDownstream(acls);
        return List.copyOf(acls);
    }

    /** Write-only: WRITE implies DESCRIBE and, since Kafka 3.0, the idempotent producer's InitProducerId. */
    private void addProducer(List<AclBinding> acls) {
        StackPrincipal p = StackPrincipal.PRODUCER;
        acls.add(allow(p, topic(articlesTopic), AclOperation.WRITE));
        acls.add(allow(p, topic(deadLettersTopic), AclOperation.WRITE));
    }

    private void addStreams(List<AclBinding> acls) {
        StackPrincipal p = StackPrincipal.STREAMS;
        acls.add(allow(p, topic(articlesTopic), AclOperation.READ));
        for (String t : intermediateTopics) {
            acls.add(allow(p, topic(t), AclOperation.READ));
            acls.add(allow(p, topic(t), AclOperation.WRITE));
        }
        for (String t : downstreamTopics) {
            acls.add(allow(p, topic(t), AclOperation.WRITE));
        }
        acls.add(allow(p, topic(deadLettersTopic), AclOperation.WRITE));
        // Repartition and changelog topics are named <application.id>-...: Kafka Streams creates, reads, writes,
        // describes, reconfigures and purges them (deleteRecords on repartition topics).
        acls.add(allow(p, prefixed(ResourceType.TOPIC, applicationId), AclOperation.ALL));
        acls.add(allow(p, prefixed(ResourceType.GROUP, applicationId), AclOperation.READ));
        // Exactly-once v2: transactional ids are <application.id>-<process id>-<thread index>.
        acls.add(allow(p, prefixed(ResourceType.TRANSACTIONAL_ID, applicationId), AclOperation.WRITE));
        acls.add(allow(p, prefixed(ResourceType.TRANSACTIONAL_ID, applicationId), AclOperation.DESCRIBE));
        acls.add(allow(p, new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL),
                AclOperation.IDEMPOTENT_WRITE));
    }

    private void addDownstream(List<AclBinding> acls) {
        StackPrincipal p = StackPrincipal.DOWNSTREAM;
        for (String t : downstreamTopics) {
            acls.add(allow(p, topic(t), AclOperation.READ));
        }
        acls.add(allow(p, prefixed(ResourceType.GROUP, downstreamGroupPrefix), AclOperation.READ));
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static ResourcePattern prefixed(ResourceType type, String prefix) {
        return new ResourcePattern(type, prefix, PatternType.PREFIXED);
    }

    private static AclBinding allow(StackPrincipal principal, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource,
                new AccessControlEntry(principal.kafkaPrincipal(), ANY_HOST, operation, AclPermissionType.ALLOW));
    }
}
