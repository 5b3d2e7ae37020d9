package io.claimstream.stack;

/**
 * The ports asked for by {@code stack up --port P --registry-port Q}; 0 means any free port. The broker's controller
 * and the registry's management port are always chosen freely: no client needs them.
 *
 * @param kafka    the broker's client listener ({@code bootstrap.servers})
 * @param registry the registry's HTTP port (the Confluent API is at {@code http://127.0.0.1:Q/apis/ccompat/v7})
 */
public record RequestedPorts(int kafka, int registry) {

    public static final RequestedPorts ANY = new RequestedPorts(0, 0);

    public RequestedPorts {
        check("Kafka", kafka);
        check("registry", registry);
        if (kafka != 0 && kafka == registry) {
            throw new IllegalArgumentException("the Kafka and the registry port must differ, both are " + kafka);
        }
    }

    private static void check(String what, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the " + what + " port must be between 1 and 65535 (0: any free port), was " + port);
        }
    }
}
