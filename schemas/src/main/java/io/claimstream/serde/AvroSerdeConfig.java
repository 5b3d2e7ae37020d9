package io.claimstream.serde;

import io.claimstream.registry.SchemaRegistries;
import io.claimstream.registry.SchemaRegistryClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The serde settings, read from a Kafka config map under Confluent's key names so one config works for both.
 *
 * @param registryUrl        {@value #SCHEMA_REGISTRY_URL}: {@code mock://name} or {@code http(s)://...}
 * @param basicAuthUserInfo  {@value #BASIC_AUTH_USER_INFO} (or {@code schema.registry.basic.auth.user.info}):
 *                           {@code user:password}
 * @param autoRegister       {@value #AUTO_REGISTER_SCHEMAS}, default true; when false the schema must already be
 *                           registered under the subject
 */
public record AvroSerdeConfig(Optional<String> registryUrl, Optional<String> basicAuthUserInfo, boolean autoRegister,
                              SubjectNameStrategy keySubjectStrategy, SubjectNameStrategy valueSubjectStrategy) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String BASIC_AUTH_USER_INFO_ALIAS = "schema.registry.basic.auth.user.info";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    public static AvroSerdeConfig defaults() {
        return new AvroSerdeConfig(Optional.empty(), Optional.empty(), true,
                SubjectNameStrategy.TOPIC_NAME, SubjectNameStrategy.TOPIC_NAME);
    }

    public static AvroSerdeConfig from(Map<String, ?> configs) {
        return new AvroSerdeConfig(
                text(configs, SCHEMA_REGISTRY_URL),
                text(configs, BASIC_AUTH_USER_INFO).or(() -> text(configs, BASIC_AUTH_USER_INFO_ALIAS)),
                text(configs, AUTO_REGISTER_SCHEMAS).map(AvroSerdeConfig::parseBoolean).orElse(true),
                strategy(configs, KEY_SUBJECT_NAME_STRATEGY),
                strategy(configs, VALUE_SUBJECT_NAME_STRATEGY));
    }

    public SubjectNameStrategy subjectStrategy(boolean isKey) {
        return isKey ? keySubjectStrategy : valueSubjectStrategy;
    }

    /** The client the URL names; fails when no URL was configured. */
    public SchemaRegistryClient registry() {
        String url = registryUrl.orElseThrow(() -> new IllegalArgumentException(
                SCHEMA_REGISTRY_URL + " is not set (mock://name or http(s)://host:port)"));
        return SchemaRegistries.forUrl(url, basicAuthUserInfo.orElse(null));
    }

    private static SubjectNameStrategy strategy(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value instanceof SubjectNameStrategy strategy) {
            return strategy;
        }
        if (value instanceof Class<?> type) {
            return SubjectNameStrategy.named(type.getName());
        }
        return text(configs, key).map(SubjectNameStrategy::named).orElse(SubjectNameStrategy.TOPIC_NAME);
    }

    private static Optional<String> text(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            value = String.join(",", list.stream().map(String::valueOf).toList());
        }
        return Optional.of(String.valueOf(value).trim()).filter(text -> !text.isEmpty());
    }

    private static boolean parseBoolean(String text) {
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(AUTO_REGISTER_SCHEMAS + " must be true or false: " + text);
        }
        return Boolean.parseBoolean(text);
    }
}
