package io.claimstream.bench.run;

import io.claimstream.schema.Article;
import io.claimstream.streams.app.StreamsSettings;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.topology.RecordSerdes;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The cost of Kafka Streams itself: consume the articles, deserialise and re-serialise them with the same registry
 * serde, produce them, exactly_once_v2 with the same settings as the claimstream app, and nothing else.
 */
final class PassThroughApp implements AutoCloseable {

    private final KafkaStreams streams;
    private final String applicationId;

    PassThroughApp(ClaimstreamConfig config, RecordSerdes serdes, String inputTopic, String outputTopic) {
        Serde<Article> articles = serdes.value(Article.class);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(inputTopic, Consumed.with(Serdes.ByteArray(), articles).withName("pass-source"))
                .to(outputTopic, Produced.with(Serdes.ByteArray(), articles).withName("pass-sink"));
        Topology topology = builder.build();
        Properties props = StreamsSettings.from(config);
        this.applicationId = config.applicationId();
        this.streams = new KafkaStreams(topology, props);
    }

    String applicationId() {
        return applicationId;
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    void start() {
        streams.start();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streams.cleanUp();
    }
}
