package io.claimstream.deals;

import io.claimstream.schema.Entity;

import java.util.Optional;

/** The outcome of assigning a claim: a deal and its bidder, or the reason there is none. */
public sealed interface Assignment {

    record ToDeal(DealKey key, Entity bidder) implements Assignment { }

    record NoDeal(NoDealReason reason) implements Assignment { }

    default Optional<DealKey> deal() {
        return this instanceof ToDeal toDeal ? Optional.of(toDeal.key()) : Optional.empty();
    }
}
