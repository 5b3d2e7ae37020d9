package io.claimstream.stack;

/** How clients authenticate to the local broker. */
public enum StackSecurity {

    /** No authentication, no authorization: one PLAINTEXT listener on loopback (the default dev stack). */
    NONE,

    /**
     * SASL_PLAINTEXT on loopback with SCRAM-SHA-512 users created at format time, ACLs enforced by KRaft's
     * StandardAuthorizer ({@code allow.everyone.if.no.acl.found=false}); one client properties file per
     * {@link StackPrincipal} under {@code <dataDir>/clients/}. No TLS: the listener never leaves loopback.
     */
    SASL_SCRAM
}
