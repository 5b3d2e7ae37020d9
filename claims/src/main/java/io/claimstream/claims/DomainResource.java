package io.claimstream.claims;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.schema.Action;
import io.claimstream.schema.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The story-specific vocabulary: entities and aliases, assets, considerations, action triggers, hedges and attribution
 * cues. Everything article- or story-specific lives in this JSON document so another story needs a new file, not code.
 * Format: see claims/README.md. Immutable once loaded.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DomainResource(
        String version,
        String description,
        String host,
        List<String> englishStopwords,
        List<String> abbreviations,
        List<EntityDef> entities,
        List<AssetDef> assets,
        List<String> resourceCues,
        List<ConsiderationDef> considerations,
        List<CurrencyDef> currencies,
        Map<String, Double> multipliers,
        List<ActionDef> actions,
        List<String> negations,
        List<String> hedges,
        List<AttributionDef> attributions,
        List<String> attributionMaskCues,
        List<String> intermediaryBefore,
        List<String> intermediaryAfter,
        List<String> irregularTriggerForms,
        Map<String, String> irregularTriggerLemmas,
        List<Action> hostConflictActions,
        List<String> otherHosts) {

    public static final String DEFAULT_RESOURCE = "/io/claimstream/claims/domain-v1.json";

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public DomainResource {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(host, "host");
        englishStopwords = orEmpty(englishStopwords);
        abbreviations = orEmpty(abbreviations);
        entities = orEmpty(entities);
        assets = orEmpty(assets);
        resourceCues = orEmpty(resourceCues);
        considerations = orEmpty(considerations);
        currencies = orEmpty(currencies);
        multipliers = multipliers == null ? Map.of() : Map.copyOf(multipliers);
        actions = orEmpty(actions);
        negations = orEmpty(negations);
        hedges = orEmpty(hedges);
        attributions = orEmpty(attributions);
        attributionMaskCues = orEmpty(attributionMaskCues);
        intermediaryBefore = orEmpty(intermediaryBefore);
        intermediaryAfter = orEmpty(intermediaryAfter);
        irregularTriggerForms = orEmpty(irregularTriggerForms);
        irregularTriggerLemmas = irregularTriggerLemmas == null ? Map.of() : Map.copyOf(irregularTriggerLemmas);
        hostConflictActions = orEmpty(hostConflictActions);
        otherHosts = orEmpty(otherHosts);
    }

    /**
     * Every state whose resources are at stake: {@code host} (whose conflict the story is, e.g. CD) and
     * {@code otherHosts} (more deals the same file reads, e.g. UA, ID). Bidders are the other parties of their claims.
     */
    public java.util.Set<String> hosts() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        all.add(host);
        all.addAll(otherHosts);
        return all;
    }

    /** The bundled DR Congo minerals domain (domain-v1). */
    public static DomainResource loadDefault() {
        try (InputStream in = DomainResource.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user-supplied domain file replacing the bundled one. */
    public static DomainResource load(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in);
        }
    }

    public static DomainResource parse(InputStream json) throws IOException {
        return MAPPER.readValue(json, DomainResource.class);
    }

    public Optional<EntityDef> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A normalised actor. {@code affiliation} ties a company or person to the state it acts for (KoBold Metals -> US);
     * {@code role} marks entities that are parties to the host's conflict ("conflict-party") or only points of
     * comparison ("reference"): neither is ever a bidder.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EntityDef(String id, EntityType type, String name, List<String> aliases, String affiliation, String role) {
        public EntityDef {
            Objects.requireNonNull(id, "entity id");
            type = type == null ? EntityType.OTHER : type;
            name = name == null ? id : name;
            aliases = orEmpty(aliases);
        }

        /** The state this entity stands for: itself for countries and blocs, its affiliation otherwise. */
        public Optional<String> state() {
            if (type == EntityType.COUNTRY || type == EntityType.BLOC) return Optional.of(id);
            return Optional.ofNullable(affiliation);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssetDef(String id, List<String> aliases) {
        public AssetDef { aliases = orEmpty(aliases); }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsiderationDef(String kind, List<String> cues) {
        public ConsiderationDef { cues = orEmpty(cues); }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CurrencyDef(String code, List<String> cues) {
        public CurrencyDef { cues = orEmpty(cues); }
    }

    /**
     * Trigger words for one action: lemmas match single tokens (by OpenNLP lemma or as written), phrases match as
     * written. {@code actorTypes}/{@code counterpartyTypes} restrict who may fill each role (empty: anyone).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * @param otherActorsAction what the same words mean when said of an actor outside {@code actorTypes}, or null:
     *     rebels that "control" a town seize it, a state or a company that "controls" a market dominates it (COMPETE)
     * @param agreementAction what the same words mean when their object is an agreement, or null: suspending aid
     *     sanctions, "suspending the agreement" puts a deal on hold (REVIEW)
     */
    public record ActionDef(Action action, List<String> lemmas, List<String> phrases,
                            List<EntityType> actorTypes, List<EntityType> counterpartyTypes, Action otherActorsAction,
                            Action agreementAction, List<String> partyCases) {
        /** Prepositions that introduce the other party when an action's entry names none ("an offer to", "talks with"). */
        public static final List<String> DEFAULT_PARTY_CASES = List.of("to", "with", "from", "between");

        /**
         * @param partyCases for the parse-based extractor: the prepositions whose object is the action's other party
         *     ("invest in X", "sign with X"); a place after another preposition ("signed in Washington") is no party
         */
        public ActionDef {
            Objects.requireNonNull(action, "action");
            lemmas = orEmpty(lemmas);
            phrases = orEmpty(phrases);
            actorTypes = orEmpty(actorTypes);
            counterpartyTypes = orEmpty(counterpartyTypes);
            partyCases = partyCases == null ? DEFAULT_PARTY_CASES : List.copyOf(partyCases);
        }

        public boolean allowsActor(EntityType type) {
            return actorTypes.isEmpty() || actorTypes.contains(type);
        }

        public boolean allowsCounterparty(EntityType type) {
            return counterpartyTypes.isEmpty() || counterpartyTypes.contains(type);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AttributionDef(String name, List<String> cues) {
        public AttributionDef { cues = orEmpty(cues); }
    }
}
