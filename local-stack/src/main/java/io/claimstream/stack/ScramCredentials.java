package io.claimstream.stack;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The password of every {@link StackPrincipal}: generated when the storage is formatted, kept while it lives. */
record ScramCredentials(Map<StackPrincipal, String> passwords) {

    static final String MECHANISM = "SCRAM-SHA-512";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // 32 characters of 62: ~190 bits. Alphanumeric only, so no quoting is needed in JAAS or StorageTool arguments.
    private static final int LENGTH = 32;

    ScramCredentials {
        passwords = Map.copyOf(passwords);
        for (StackPrincipal principal : StackPrincipal.values()) {
            if (!passwords.containsKey(principal)) {
                throw new IllegalArgumentException("no password for " + principal.userName());
            }
        }
    }

    static ScramCredentials generate(SecureRandom random) {
        Map<StackPrincipal, String> passwords = new EnumMap<>(StackPrincipal.class);
        for (StackPrincipal principal : StackPrincipal.values()) {
            passwords.put(principal, randomPassword(random));
        }
        return new ScramCredentials(passwords);
    }

    static String randomPassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    String password(StackPrincipal principal) {
        return passwords.get(principal);
    }

    /** StorageTool arguments that create every user at format time (the only way before any listener is up). */
    List<String> formatArguments() {
        List<String> args = new ArrayList<>();
        for (StackPrincipal principal : StackPrincipal.values()) {
            args.add("--add-scram");
            args.add(MECHANISM + "=[name=" + principal.userName() + ",password=" + password(principal) + "]");
        }
        return args;
    }

    /** The JAAS line a client (or the broker, as admin) logs in with. */
    String scramJaasConfig(StackPrincipal principal) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + principal.userName()
                + "\" password=\"" + password(principal) + "\";";
    }

    /** Kafka client settings for {@code principal} on the stack's SASL_PLAINTEXT listener. */
    Properties clientProperties(StackPrincipal principal) {
        Properties props = new Properties();
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", MECHANISM);
        props.put("sasl.jaas.config", scramJaasConfig(principal));
        return props;
    }

    Properties asProperties() {
        Properties props = new Properties();
        passwords.forEach((principal, password) -> props.setProperty(principal.userName(), password));
        return props;
    }

    /** The credentials file: one {@code user=password} line per principal. */
    String render() {
        StringBuilder text = new StringBuilder("# SCRAM-SHA-512 passwords of this stack's principals (keep private).\n");
        for (StackPrincipal principal : StackPrincipal.values()) {
            text.append(principal.userName()).append('=').append(password(principal)).append('\n');
        }
        return text.toString();
    }

    static Optional<ScramCredentials> fromProperties(Properties props) {
        Map<StackPrincipal, String> passwords = new EnumMap<>(StackPrincipal.class);
        for (StackPrincipal principal : StackPrincipal.values()) {
            String password = props.getProperty(principal.userName());
            if (password == null || password.isBlank()) {
                return Optional.empty();
            }
            passwords.put(principal, password);
        }
        return Optional.of(new ScramCredentials(passwords));
    }

    @Override
    public String toString() {
        return "ScramCredentials[" + passwords.keySet() + "]";
    }
}
