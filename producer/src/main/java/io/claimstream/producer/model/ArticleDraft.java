package io.claimstream.producer.model;

import io.claimstream.schema.Origin;
import java.time.Instant;
import java.util.Map;

/**
 * What a source could read of one article, before it is checked and turned into an {@code Article} event.
 *
 * @param id            the input's own id, or null to derive one from the canonical URL or the content
 * @param originRef     file path, feed URL or page URL it was read from (goes into Article.originRef)
 * @param source        precise input reference for error lines and dead letters ({@code path:line}, item URL)
 * @param sourceDomain  the publisher domain when the input states it, else null (derived from the URL)
 * @param publishedAt   publication time stated by the source, null when it does not say
 * @param originalBytes the raw input, kept so a late rejection (empty, too large) can still dead-letter it
 */
public record ArticleDraft(String id, String url, String sourceDomain, String title, String text,
                           Instant publishedAt, Origin origin, String originRef, String source,
                           Map<String, String> attributes, byte[] originalBytes) {

    public ArticleDraft {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
