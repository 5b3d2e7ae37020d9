package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class LocalStackExtensionIT {

    @Test
    void injectedEndpointsReachARunningBroker(StackEndpoints endpoints) throws Exception {
        StackProbe probe = new StackProbe(endpoints);
        probe.createTopic("extension-topic");
        probe.produce("extension-topic", "k", "v");

        assertThat(probe.consumeOne("extension-topic").value()).isEqualTo("v");
    }

    @Test
    void sameSchemaUnderTwoSubjectsGetsOneIdThatResolvesLikeConfluent(StackEndpoints endpoints) throws Exception {
        StackProbe probe = new StackProbe(endpoints);
        String schema = StackProbe.avroRecord("Claim", "id", "text");

        String first = probe.post("/subjects/claims-value/versions", schema).body().replaceAll("\\D+", "");
        String second = probe.post("/subjects/claims-copy-value/versions", schema).body().replaceAll("\\D+", "");

        assertThat(second).isEqualTo(first);
        assertThat(probe.get("/schemas/ids/" + first).body()).contains("Claim");
    }

    @Test
    void theStackIsSharedAcrossTestsOfOneJvm(StackEndpoints endpoints) {
        assertThat(endpoints.schemaRegistryUrl()).startsWith("http://127.0.0.1:").endsWith("/apis/ccompat/v7");
        assertThat(endpoints.bootstrapServers()).startsWith("127.0.0.1:");
    }
}
