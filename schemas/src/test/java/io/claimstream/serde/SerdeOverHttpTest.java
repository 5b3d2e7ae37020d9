package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.FakeConfluentRegistry;
import io.claimstream.registry.HttpSchemaRegistryClient;
import io.claimstream.schema.Article;
import io.claimstream.testdata.TestRecords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SerdeOverHttpTest {

    private FakeConfluentRegistry server;

    @BeforeEach
    void startRegistry() throws IOException {
        server = new FakeConfluentRegistry();
    }

    @AfterEach
    void stopRegistry() {
        server.close();
    }

    @Test
    void aHundredRecordsCostOneRegisterOnTheProducerAndOneFetchOnTheConsumer() {
        AvroSerializer<Article> producer =
                new AvroSerializer<>(HttpSchemaRegistryClient.builder(server.url()).build(), false);
        AvroDeserializer<Article> consumer =
                new AvroDeserializer<>(Article.class, HttpSchemaRegistryClient.builder(server.url()).build());

        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sent.add(producer.serialize("articles-raw", TestRecords.anArticle().setId("a-" + i).build()));
        }
        List<String> ids = sent.stream().map(bytes -> consumer.deserialize("articles-raw", bytes).getId()).toList();

        assertThat(ids).hasSize(100).startsWith("a-0").endsWith("a-99");
        assertThat(server.requests()).extracting(request -> request.method() + " " + request.path())
                .containsExactly("POST /subjects/articles-raw-value/versions", "GET /schemas/ids/1");
    }

    @Test
    void configuredFromAMapItSendsBasicAuth() {
        AvroSerializer<Article> producer = new AvroSerializer<>();
        producer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, server.url(),
                AvroSerdeConfig.BASIC_AUTH_USER_INFO, "svc:pw"), false);

        producer.serialize("articles-raw", TestRecords.anArticle().build());

        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Basic c3ZjOnB3");
    }
}
