package io.claimstream.streams.config;

import java.util.Locale;

/**
 * What a command does on the cluster, so that on a secure local stack it logs in as the principal made for that job
 * (the stack's {@code clients/<role>.properties}); on any other cluster the credentials come from configuration and the
 * role changes nothing.
 */
public enum ClientRole {

    /** Creates topics, reads every group and topic, resets offsets: topics, lag, export, reset, replay, config. */
    ADMIN,
    /** Writes articles and the dead letters of rejected input: produce. */
    PRODUCER,
    /** The streams app: streams. */
    STREAMS;

    /** The principal's name, as the stack's client files are named. */
    public String principalName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
