package io.claimstream.streams.app;

import io.claimstream.schema.DealState;
import io.claimstream.serde.AvroJson;
import io.claimstream.streams.topology.ClaimstreamTopology;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries over the deal-state store, as JSON: {@code GET /deals} lists every deal, {@code GET /deals/{id}}
 * returns one. The store is partitioned across instances; each instance answers for its own partitions and asks its
 * peers (found through Kafka Streams' metadata, {@code application.server}) for the rest.
 */
final class DealQueries {

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    DealQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    void register(HttpEndpoints endpoints) {
        endpoints.route("/deals", (sub, query) -> sub.isEmpty() ? list(query != null && query.contains("local=true")) : one(decode(sub)));
    }

    private HttpEndpoints.Reply list(boolean localOnly) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return HttpEndpoints.Reply.json(503, "{\"error\":\"not ready: " + streams.state() + "\"}");
        }
        List<String> deals = new ArrayList<>();
        try (KeyValueIterator<String, DealState> it = localStore().all()) {
            while (it.hasNext()) {
                KeyValue<String, DealState> kv = it.next();
                deals.add(AvroJson.toJsonString(kv.value));
            }
        }
        if (!localOnly) {
            for (StreamsMetadata peer : streams.streamsMetadataForStore(ClaimstreamTopology.DEAL_STATE_STORE)) {
                if (!peer.hostInfo().equals(self)) {
                    String body = fetch(peer.hostInfo(), "/deals?local=true");
                    String inner = body.strip();
                    if (inner.length() > 2) {
                        deals.add(inner.substring(1, inner.length() - 1));
                    }
                }
            }
        }
        return HttpEndpoints.Reply.json(200, "[" + String.join(",", deals) + "]");
    }

    private HttpEndpoints.Reply one(String dealId) {
        KeyQueryMetadata meta = streams.queryMetadataForKey(ClaimstreamTopology.DEAL_STATE_STORE, dealId, Serdes.String().serializer());
        if (meta == null || meta.activeHost() == null || meta.activeHost().equals(HostInfo.unavailable())) {
            return HttpEndpoints.Reply.json(503, "{\"error\":\"no instance hosts deal " + dealId + " right now\"}");
        }
        if (!meta.activeHost().equals(self)) {
            return HttpEndpoints.Reply.json(200, fetch(meta.activeHost(), "/deals/" + URLEncoder.encode(dealId, StandardCharsets.UTF_8)));
        }
        DealState deal = localStore().get(dealId);
        return deal == null ? HttpEndpoints.Reply.json(404, "{\"error\":\"no deal " + dealId + "\"}")
                : HttpEndpoints.Reply.json(200, AvroJson.toJsonString(deal));
    }

    private ReadOnlyKeyValueStore<String, DealState> localStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(ClaimstreamTopology.DEAL_STATE_STORE,
                QueryableStoreTypes.<String, DealState>keyValueStore()));
    }

    private String fetch(HostInfo host, String pathAndQuery) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("peer " + host + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("peer " + host + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
