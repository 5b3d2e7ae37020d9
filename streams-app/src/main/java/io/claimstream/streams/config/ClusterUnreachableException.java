package io.claimstream.streams.config;

/** No Kafka cluster or schema registry answers where the configuration points; the message says where and what to do. */
public final class ClusterUnreachableException extends RuntimeException {

    public ClusterUnreachableException(String message) {
        super(message);
    }
}
