package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScramCredentialsTest {

    private final ScramCredentials scram = ScramCredentials.generate(new SecureRandom());

    @Test
    void everyPrincipalGetsItsOwnLongAlphanumericPassword() {
        assertThat(Arrays.stream(StackPrincipal.values()).map(scram::password))
                .doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).hasSize(32).matches("[A-Za-z0-9]+"));
    }

    @Test
    void formatArgumentsAddOneScramUserPerPrincipal() {
        assertThat(scram.formatArguments()).contains("--add-scram",
                "SCRAM-SHA-512=[name=streams,password=" + scram.password(StackPrincipal.STREAMS) + "]");
        assertThat(scram.formatArguments()).hasSize(2 * StackPrincipal.values().length);
    }

    @Test
    void clientPropertiesAreTheStandardKafkaSecuritySettings() {
        assertThat(scram.clientProperties(StackPrincipal.DOWNSTREAM))
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"downstream\" password=\"" + scram.password(StackPrincipal.DOWNSTREAM) + "\";");
    }

    @Test
    void storedPasswordsReadBackUnchanged() {
        assertThat(ScramCredentials.fromProperties(scram.asProperties())).contains(scram);
    }

    @Test
    void theRenderedFileLoadsBackUnchanged() throws java.io.IOException {
        var props = new java.util.Properties();
        props.load(new java.io.StringReader(scram.render()));
        assertThat(ScramCredentials.fromProperties(props)).contains(scram);
    }

    @Test
    void aStoreMissingAPrincipalIsUnusable() {
        var props = scram.asProperties();
        props.remove("producer");
        assertThat(ScramCredentials.fromProperties(props)).isEmpty();
    }
}
