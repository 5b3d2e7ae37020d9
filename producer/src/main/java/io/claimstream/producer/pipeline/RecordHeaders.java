package io.claimstream.producer.pipeline;

import io.claimstream.producer.ProducerVersion;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/** The provenance headers every record the producer writes carries. */
public final class RecordHeaders {

    public static final String ORIGIN = "claimstream.origin";
    public static final String ORIGIN_REF = "claimstream.origin-ref";
    public static final String PRODUCER_VERSION = "claimstream.producer-version";

    private RecordHeaders() {
    }

    public static Headers provenance(String origin, String originRef) {
        org.apache.kafka.common.header.internals.RecordHeaders headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        if (origin != null) {
            headers.add(ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
        }
        if (originRef != null) {
            headers.add(ORIGIN_REF, originRef.getBytes(StandardCharsets.UTF_8));
        }
        headers.add(PRODUCER_VERSION, ProducerVersion.version().getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
