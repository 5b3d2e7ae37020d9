package io.claimstream.stack;

import java.util.Locale;

/**
 * The SCRAM users of a secure stack, one per role of the pipeline; see {@link PipelineAcls} for what each may do.
 * Each gets {@code <dataDir>/clients/<userName>.properties}, usable as {@code --client-config} or as the
 * {@code --command-config} of Kafka's own tools.
 */
public enum StackPrincipal {

    /** Super user; also the broker's own identity on its listeners. Creates topics, ACLs, resets groups. */
    ADMIN,
    /** Writes articles and the rejects' dead letters; reads nothing. */
    PRODUCER,
    /** The streams app: reads its inputs, writes its outputs, owns everything named after its application id. */
    STREAMS,
    /** A read-only consumer of deal state and bid updates. */
    DOWNSTREAM;

    public String userName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code User:<name>}, as ACLs and {@code super.users} spell principals. */
    public String kafkaPrincipal() {
        return "User:" + userName();
    }

    String clientFileName() {
        return userName() + ".properties";
    }
}
