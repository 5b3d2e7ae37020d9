package io.claimstream.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * System properties for Apicurio Registry 3.3.x (Quarkus), passed as {@code -Dkey=value}.
 *
 * <p>Storage is the bundle's SQL storage on an H2 <em>file</em> database under the data dir, so schemas survive a
 * restart of the stack. The ccompat API keeps {@code apicurio.ccompat.legacy-id-mode.enabled=false} (the bundle's
 * default): ids are content ids, so registering the same schema under two subjects yields one id and
 * {@code GET /schemas/ids/{id}} resolves every id that register returned - Confluent's semantics.
 */
record RegistryConfig(RegistryPorts ports, Path database, String globalCompatibility) {

    static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    static final String DEFAULT_COMPATIBILITY = "BACKWARD";

    static RegistryConfig devRegistry(RegistryPorts ports, Path database) {
        return new RegistryConfig(ports, database, DEFAULT_COMPATIBILITY);
    }

    Map<String, String> properties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.host", BrokerConfig.HOST);
        props.put("quarkus.http.port", Integer.toString(ports.http()));
        // The management interface is enabled at build time in the bundle and listens on 0.0.0.0:9000 unless told.
        props.put("quarkus.management.host", BrokerConfig.HOST);
        props.put("quarkus.management.port", Integer.toString(ports.management()));
        props.put("apicurio.storage.kind", "sql");
        props.put("apicurio.storage.sql.kind", "h2");
        props.put("apicurio.datasource.url", "jdbc:h2:file:" + database.toAbsolutePath());
        // The bundle keeps 20 pooled connections warm; a dev registry needs a handful.
        props.put("apicurio.datasource.jdbc.initial-size", "2");
        props.put("apicurio.datasource.jdbc.min-size", "2");
        props.put("apicurio.datasource.jdbc.max-size", "20");
        props.put("apicurio.ccompat.legacy-id-mode.enabled", "false");
        // Apicurio's default global compatibility is NONE; Confluent's is BACKWARD. Verified after readiness too.
        props.put("apicurio.rules.global.compatibility", globalCompatibility);
        return props;
    }

    /**
     * HTTP basic auth on every API path, checked against one embedded user. The bundle ships Quarkus' embedded
     * (properties) realm, so this needs no identity provider; roles are not enforced (Apicurio's RBAC needs OIDC).
     */
    static String authConfigFile(RegistryLogin login) {
        return "# Written by claimstream local-stack (secure mode); rewritten on every start. Keep private.\n"
                // Build-time fixed in the bundle (Quarkus warns at startup), yet required: without it the basic
                // mechanism is not offered and every request gets 401 (checked by hand against 3.3.3).
                + "quarkus.http.auth.basic=true\n"
                + "quarkus.security.users.embedded.enabled=true\n"
                + "quarkus.security.users.embedded.plain-text=true\n"
                + "quarkus.security.users.embedded.users." + login.user() + "=" + login.password() + "\n"
                + "quarkus.security.users.embedded.roles." + login.user() + "=sr-admin\n"
                + "quarkus.http.auth.permission.registry-api.paths=/apis/*\n"
                + "quarkus.http.auth.permission.registry-api.policy=authenticated\n";
    }

    List<String> systemPropertyArgs() {
        return properties().entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
    }
}
