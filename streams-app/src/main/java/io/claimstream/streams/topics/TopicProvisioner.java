package io.claimstream.streams.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics with explicit partitions, replication and configs. Idempotent: a topic that exists is
 * left alone, but one with fewer partitions than specified is reported, because keyed state would silently split.
 */
public final class TopicProvisioner {

    /** What happened to each topic. */
    public record Outcome(String topic, Status status, String detail) {
    }

    public enum Status { CREATED, EXISTS, MISMATCH }

    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    public List<Outcome> ensure(Collection<TopicSpec> specs) {
        List<Outcome> outcomes = new ArrayList<>();
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> toCreate = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (!existing.contains(spec.name())) {
                    toCreate.add(new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor()).configs(spec.configs()));
                }
            }
            Map<String, org.apache.kafka.common.KafkaFuture<Void>> created = admin.createTopics(toCreate).values();
            for (TopicSpec spec : specs) {
                var future = created.get(spec.name());
                if (future == null) {
                    outcomes.add(checkExisting(spec));
                    continue;
                }
                try {
                    future.get(30, TimeUnit.SECONDS);
                    outcomes.add(new Outcome(spec.name(), Status.CREATED,
                            spec.partitions() + " partitions, replication " + spec.replicationFactor()));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicExistsException) {
                        // another instance created it first
                        outcomes.add(checkExisting(spec));
                    } else {
                        throw new IllegalStateException("cannot create topic " + spec.name() + ": " + e.getCause().getMessage()
                                + (e.getCause() instanceof TopicAuthorizationException
                                ? " (on a cluster with ACLs, create the topics as an admin first: claimstream topics)" : ""), e.getCause());
                    }
                }
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof TimeoutException ? "no answer within 30 s"
                    : e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getClass().getSimpleName();
            throw new IllegalStateException("cannot reach the cluster to create topics: " + why, e);
        }
    }

    private Outcome checkExisting(TopicSpec spec) throws InterruptedException, ExecutionException, TimeoutException {
        TopicDescription d = admin.describeTopics(List.of(spec.name())).allTopicNames().get(30, TimeUnit.SECONDS).get(spec.name());
        int partitions = d.partitions().size();
        if (partitions < spec.partitions()) {
            return new Outcome(spec.name(), Status.MISMATCH, "has " + partitions + " partitions, configured " + spec.partitions());
        }
        return new Outcome(spec.name(), Status.EXISTS, partitions + " partitions");
    }
}
