package io.claimstream.stack;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The one HTTP basic-auth user of a secure stack's registry. Apicurio's role-based authorization needs an OIDC
 * provider (Keycloak), so the registry can only tell "authenticated" from "not": every principal shares this login.
 */
record RegistryLogin(String user, String password) {

    static final String USER = "claimstream";

    RegistryLogin {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    static RegistryLogin generate(SecureRandom random) {
        return new RegistryLogin(USER, ScramCredentials.randomPassword(random));
    }

    /** {@code user:password}, as claimstream's {@code schema.registry.basic.auth.user.info} and Confluent serdes take it. */
    String userInfo() {
        return user + ":" + password;
    }

    String authorizationHeader() {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RegistryLogin[" + user + "]";
    }
}
