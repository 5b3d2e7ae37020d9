package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecureBrokerConfigTest {

    private final ScramCredentials scram = ScramCredentials.generate(new SecureRandom());
    private final Map<String, String> props = BrokerConfig.secureNode(new BrokerPorts(40001, 40002),
            Path.of("/data/kafka/data"), scram).properties();

    @Test
    void clientsReachOnlyASaslListenerOnLoopback() {
        assertThat(props.get("listeners")).isEqualTo("SASL_PLAINTEXT://127.0.0.1:40001,CONTROLLER://127.0.0.1:40002");
        assertThat(props.get("listener.security.protocol.map"))
                .isEqualTo("CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT")
                .doesNotContain(":PLAINTEXT");
        assertThat(props.get("sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-512");
    }

    @Test
    void theBrokerLogsInAsTheAdminSuperUser() {
        assertThat(props.get("super.users")).isEqualTo("User:admin");
        assertThat(props.get("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config"))
                .contains("username=\"admin\"", "password=\"" + scram.password(StackPrincipal.ADMIN) + "\"");
        assertThat(props.get("listener.name.controller.plain.sasl.jaas.config"))
                .contains("user_admin=\"" + scram.password(StackPrincipal.ADMIN) + "\"");
    }

    @Test
    void accessWithoutAnAclIsDenied() {
        assertThat(props).contains(
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                Map.entry("allow.everyone.if.no.acl.found", "false"));
    }

    @Test
    void theRestOfTheConfigIsThatOfThePlainNode() {
        Map<String, String> plain = BrokerConfig.devNode(new BrokerPorts(40001, 40002), Path.of("/data/kafka/data"))
                .properties();
        plain.forEach((key, value) -> {
            if (!BrokerConfig.devNode(new BrokerPorts(40001, 40002), Path.of("/d")).listenerProperties().containsKey(key)) {
                assertThat(props).containsEntry(key, value);
            }
        });
    }

    @Test
    void passwordsNeverShowInToString() {
        assertThat(BrokerConfig.secureNode(new BrokerPorts(1, 2), Path.of("/d"), scram).toString())
                .doesNotContain(scram.password(StackPrincipal.ADMIN));
    }
}
