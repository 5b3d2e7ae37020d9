package io.claimstream.dedup;

import java.time.Instant;
import java.util.List;

/**
 * Key -> article ids, for candidate lookup (LSH band keys) and exact lookup (canonical URL, content hash keys).
 * Implementations may bound each key's bucket and expire old entries; the decider copes with both.
 */
public interface CandidateIndex {

    /**
     * Ids stored under the given keys: for each key in order, that key's ids newest first. An id appears once per key
     * it is stored under (the decider counts these hits), so the list may repeat ids.
     */
    List<String> candidates(List<String> keys);

    void add(List<String> keys, String articleId, Instant eventTime);
}
