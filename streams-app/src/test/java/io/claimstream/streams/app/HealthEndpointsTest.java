package io.claimstream.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

/** Readiness and liveness follow the Kafka Streams state, over real HTTP on loopback. */
class HealthEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readyOnlyWhileRunningAndNoLongerLiveAfterAnError() throws Exception {
        StreamsHealth health = new StreamsHealth();
        try (HttpEndpoints endpoints = new HttpEndpoints("127.0.0.1", 0).health(health)) {
            endpoints.start();
            String base = endpoints.baseUrl();
            assertThat(status(base + "/health/ready")).isEqualTo(503);
            assertThat(status(base + "/health/live")).isEqualTo(200);

            health.onChange(State.REBALANCING, State.CREATED);
            assertThat(status(base + "/health/ready")).isEqualTo(503);

            health.onChange(State.RUNNING, State.REBALANCING);
            assertThat(status(base + "/health/ready")).isEqualTo(200);

            health.onChange(State.REBALANCING, State.RUNNING);
            assertThat(status(base + "/health/ready")).isEqualTo(503);
            assertThat(status(base + "/health/live")).isEqualTo(200);

            health.onChange(State.PENDING_ERROR, State.REBALANCING);
            health.onChange(State.ERROR, State.PENDING_ERROR);
            assertThat(status(base + "/health/ready")).isEqualTo(503);
            assertThat(status(base + "/health/live")).isEqualTo(503);
        }
    }

    @Test
    void aDeadStreamThreadMeansNotLive() throws Exception {
        StreamsHealth health = new StreamsHealth();
        health.onChange(State.RUNNING, State.REBALANCING);
        health.fatalError(new IllegalStateException("thread died"));
        try (HttpEndpoints endpoints = new HttpEndpoints("127.0.0.1", 0).health(health)) {
            endpoints.start();
            assertThat(status(endpoints.baseUrl() + "/health/live")).isEqualTo(503);
        }
    }

    @Test
    void endpointsBindToLoopbackWhenAskedTo() throws Exception {
        try (HttpEndpoints endpoints = new HttpEndpoints("127.0.0.1", 0)) {
            assertThat(endpoints.baseUrl()).startsWith("http://127.0.0.1:");
        }
    }

    private int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
