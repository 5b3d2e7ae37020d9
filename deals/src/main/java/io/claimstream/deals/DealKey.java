package io.claimstream.deals;

import io.claimstream.schema.Entity;

/** Identity of a deal: the host whose resource is at stake, and that resource. dealId = host id + ':' + resource. */
public record DealKey(String dealId, Entity host, String resource) {

    public static DealKey of(Entity host, String resource) {
        return new DealKey(host.getId() + ":" + resource, host, resource);
    }
}
