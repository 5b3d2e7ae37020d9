package io.claimstream.registry;

import static io.claimstream.registry.TestSchemas.paymentV1;
import static io.claimstream.registry.TestSchemas.paymentV2WithDefaultedCurrency;
import static io.claimstream.registry.TestSchemas.paymentV2WithRequiredCurrency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSchemaRegistryClientTest {

    private FakeConfluentRegistry server;
    private HttpSchemaRegistryClient client;

    @BeforeEach
    void startRegistry() throws IOException {
        server = new FakeConfluentRegistry();
        client = HttpSchemaRegistryClient.builder(server.url() + "/").build();
    }

    @AfterEach
    void stopRegistry() {
        server.close();
    }

    @Test
    void registerPostsTheSchemaAsConfluentJsonAndReturnsTheId() throws IOException {
        int id = client.register("payments-value", paymentV1());

        assertThat(id).isEqualTo(1);
        FakeConfluentRegistry.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/subjects/payments-value/versions");
        assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.header("Accept")).startsWith("application/vnd.schemaregistry.v1+json");
        assertThat(new ObjectMapper().readTree(request.body()).get("schema").asText())
                .isEqualTo(paymentV1().toString());
    }

    @Test
    void registeringTheSameSchemaAgainMakesNoHttpCall() {
        client.register("payments-value", paymentV1());
        client.register("payments-value", paymentV1());
        client.register("payments-value", paymentV1());

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void schemaOfAnIdJustRegisteredIsKnownWithoutAsking() {
        int id = client.register("payments-value", paymentV1());

        assertThat(client.getById(id)).isEqualTo(paymentV1());
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void schemaByIdIsFetchedOnceThenServedFromCache() {
        int id = server.backing().register("payments-value", paymentV1());

        for (int i = 0; i < 5; i++) {
            assertThat(client.getById(id)).isEqualTo(paymentV1());
        }
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).path()).isEqualTo("/schemas/ids/" + id);
    }

    @Test
    void unknownIdFailsWithTheRegistrysErrorCodeAndMessage() {
        assertThatThrownBy(() -> client.getById(99))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(40403);
                    assertThat(e.isSchemaNotFound()).isTrue();
                    assertThat(e.registryMessage()).isEqualTo("Schema 99 not found");
                    assertThat(e.getMessage()).contains("get schema by id 99", "40403");
                });
    }

    @Test
    void lookupFindsTheIdAndVersionOfARegisteredSchemaAndCachesIt() {
        server.backing().register("payments-value", paymentV1());
        int v2 = server.backing().register("payments-value", paymentV2WithDefaultedCurrency());

        RegisteredSchema found = client.lookup("payments-value", paymentV2WithDefaultedCurrency()).orElseThrow();

        assertThat(found).isEqualTo(new RegisteredSchema("payments-value", v2, 2, paymentV2WithDefaultedCurrency()));
        assertThat(server.requests().get(0).path()).isEqualTo("/subjects/payments-value");
        assertThat(client.register("payments-value", paymentV2WithDefaultedCurrency())).isEqualTo(v2);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void lookupOfAnUnregisteredSchemaIsEmpty() {
        assertThat(client.lookup("payments-value", paymentV1())).isEmpty();
    }

    @Test
    void latestIsTheNewestVersionAndEmptyForAnUnknownSubject() {
        server.backing().register("payments-value", paymentV1());
        server.backing().register("payments-value", paymentV2WithDefaultedCurrency());

        assertThat(client.latest("payments-value")).get()
                .extracting(RegisteredSchema::version, RegisteredSchema::schema)
                .containsExactly(2, paymentV2WithDefaultedCurrency());
        assertThat(client.latest("nobody-value")).isEmpty();
    }

    @Test
    void incompatibleRegistrationFailsWith409() {
        client.register("payments-value", paymentV1());

        assertThatThrownBy(() -> client.register("payments-value", paymentV2WithRequiredCurrency()))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.isIncompatible()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(409);
                });
    }

    @Test
    void compatibilityTestSaysWhetherTheNextVersionWouldBeAccepted() {
        client.register("payments-value", paymentV1());

        assertThat(client.testCompatibility("payments-value", paymentV2WithDefaultedCurrency())).isTrue();
        assertThat(client.testCompatibility("payments-value", paymentV2WithRequiredCurrency())).isFalse();
        assertThat(server.requests().get(1).path())
                .isEqualTo("/compatibility/subjects/payments-value/versions/latest");
    }

    @Test
    void compatibilityLevelsAreReadAndSetGloballyAndPerSubject() {
        assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.subjectCompatibility("payments-value")).isEmpty();

        client.setGlobalCompatibility(CompatibilityLevel.FULL);
        client.setSubjectCompatibility("payments-value", CompatibilityLevel.NONE);

        assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
        assertThat(client.subjectCompatibility("payments-value")).contains(CompatibilityLevel.NONE);
        assertThat(server.requests()).extracting(FakeConfluentRegistry.Request::method)
                .contains("PUT");
    }

    @Test
    void subjectsAreListedSortedAndSubjectNamesAreUrlEncoded() {
        client.register("z topic-value", paymentV1());
        client.register("a-value", paymentV1());

        assertThat(client.subjects()).containsExactly("a-value", "z topic-value");
        assertThat(server.requests().get(0).path()).isEqualTo("/subjects/z%20topic-value/versions");
    }

    @Test
    void basicAuthIsSentOnEveryRequest() {
        HttpSchemaRegistryClient withAuth = HttpSchemaRegistryClient.builder(server.url())
                .basicAuth("alice:s3cret:with-colon").build();

        withAuth.register("payments-value", paymentV1());
        withAuth.subjects();

        String expected = "Basic " + Base64.getEncoder()
                .encodeToString("alice:s3cret:with-colon".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests()).extracting(request -> request.header("Authorization"))
                .containsExactly(expected, expected);
    }

    @Test
    void userInfoInTheUrlBecomesBasicAuth() {
        HttpSchemaRegistryClient withAuth = HttpSchemaRegistryClient
                .builder(server.url().replace("http://", "http://bob:pw@")).build();

        withAuth.subjects();

        assertThat(withAuth.baseUrl()).isEqualTo(server.url());
        assertThat(server.requests().get(0).header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("bob:pw".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noAuthorizationHeaderWithoutCredentials() {
        client.subjects();

        assertThat(server.requests().get(0).header("Authorization")).isNull();
    }

    @Test
    void aNonJsonErrorPageIsReportedWithItsStatusAndText() {
        server.answerEverythingWith(502, "<html>Bad Gateway</html>");

        assertThatThrownBy(() -> client.subjects())
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(502);
                    assertThat(e.errorCode()).isEqualTo(502);
                    assertThat(e.registryMessage()).contains("Bad Gateway");
                });
    }

    @Test
    void anUnreachableRegistryFailsAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpSchemaRegistryClient nowhere = HttpSchemaRegistryClient.builder("http://127.0.0.1:" + closedPort)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(2)).build();

        assertThatThrownBy(() -> nowhere.getById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.isUnreachable()).isTrue();
                    assertThat(e.httpStatus()).isZero();
                });
    }

    @Test
    void onlyHttpUrlsAreAccepted() {
        assertThatThrownBy(() -> HttpSchemaRegistryClient.builder("ftp://registry").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
