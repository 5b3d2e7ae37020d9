package io.claimstream.deals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.schema.Action;
import io.claimstream.schema.Claim;
import io.claimstream.schema.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The deal rules resource (deals-v1.json): hosts, asset groups, who may bid, limits.
 * Everything story-specific lives in the resource, not in code.
 */
public record DealRules(
        String version,
        String description,
        List<Host> hosts,
        List<Resource> resources,
        Set<EntityType> bidderTypes,
        Set<EntityType> excludedPartyTypes,
        Set<Action> nonBidActions,
        Set<Action> rivalryActions,
        Set<String> incumbencyCues,
        List<List<String>> incompatibleConsiderations,
        int contradictionProgressWindowDays,
        Limits limits) {

    public static final String DEFAULT_RESOURCE = "/io/claimstream/deals/deals-v1.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public record Host(String id, EntityType type, String name, String defaultResource) { }

    public record Resource(String id, List<String> assets) { }

    public record Limits(int evidencePerBid, int contradictionsPerBid, int timelinePerBid, int listEntriesPerBid,
                         int claimIdsPerDeal, int piecesPerDeal, int copiesPerPiece, int sentenceChars) { }

    public DealRules {
        Objects.requireNonNull(version, "version");
        hosts = List.copyOf(hosts);
        resources = List.copyOf(resources);
        bidderTypes = Set.copyOf(bidderTypes);
        excludedPartyTypes = Set.copyOf(excludedPartyTypes);
        nonBidActions = Set.copyOf(nonBidActions);
        rivalryActions = rivalryActions == null ? Set.of() : Set.copyOf(rivalryActions);
        incumbencyCues = incumbencyCues == null ? Set.of()
                : incumbencyCues.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        incompatibleConsiderations = incompatibleConsiderations == null ? List.of() : List.copyOf(incompatibleConsiderations);
        Objects.requireNonNull(limits, "limits");
        for (Host host : hosts) {
            if (resources.stream().noneMatch(r -> r.id().equals(host.defaultResource()))) {
                throw new IllegalArgumentException("host " + host.id() + " names unknown default resource " + host.defaultResource());
            }
        }
    }

    /** The rules shipped in the jar. */
    public static DealRules loadDefault() {
        try (InputStream in = DealRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            return JSON.readValue(in, DealRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Rules from a file, so that operators can change hosts and groups without a rebuild. */
    public static DealRules load(Path path) {
        try {
            return JSON.readValue(Files.readAllBytes(path), DealRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read deal rules " + path, e);
        }
    }

    public Optional<Host> host(String entityId) {
        return hosts.stream().filter(h -> h.id().equals(entityId)).findFirst();
    }

    public Optional<Resource> resource(String resourceId) {
        return resources.stream().filter(r -> r.id().equals(resourceId)).findFirst();
    }

    public Duration progressWindow() {
        return Duration.ofDays(contradictionProgressWindowDays);
    }

    /** A rivalry claim whose sentence says its actor already holds the resource ("China's dominance"). */
    public boolean saysIncumbent(Claim claim) {
        if (!rivalryActions.contains(claim.getAction()) || claim.getEvidence() == null) {
            return false;
        }
        for (String word : claim.getEvidence().getSentence().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (incumbencyCues.contains(word)) {
                return true;
            }
        }
        return false;
    }

    public boolean incompatible(String kindA, String kindB) {
        return incompatibleConsiderations.stream().anyMatch(pair -> pair.size() == 2
                && ((pair.get(0).equals(kindA) && pair.get(1).equals(kindB))
                || (pair.get(0).equals(kindB) && pair.get(1).equals(kindA))));
    }
}
