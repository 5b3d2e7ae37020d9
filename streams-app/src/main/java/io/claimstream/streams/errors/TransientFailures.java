package io.claimstream.streams.errors;

import io.claimstream.serde.SerdeFailure;
import java.util.Optional;
import java.util.Set;

/**
 * Failures that say nothing about the record: the schema registry is down or erring. Dead-lettering a good record
 * for them would lose it, so they fail the task instead, and the stream thread is replaced to try again from the last
 * committed offset.
 */
public final class TransientFailures {

    private static final Set<SerdeFailure> TRANSIENT = Set.of(SerdeFailure.REGISTRY_UNAVAILABLE, SerdeFailure.REGISTRY_ERROR);

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable error) {
        Optional<SerdeFailure> failure = SerdeFailure.of(error);
        return failure.isPresent() && TRANSIENT.contains(failure.get());
    }
}
