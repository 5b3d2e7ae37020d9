package io.claimstream.cli;

import io.claimstream.producer.ProduceCommand;
import io.claimstream.producer.PublisherFactory;
import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import io.claimstream.serde.AvroSerializer;
import io.claimstream.streams.config.ClaimstreamConfig;
import io.claimstream.streams.config.ClientRole;
import io.claimstream.streams.config.ClusterProbe;
import io.claimstream.streams.config.ConfigLayers;
import io.claimstream.streams.config.ConnectionOptions;
import io.claimstream.streams.topics.TopicLabel;
import org.apache.kafka.clients.producer.Producer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Mounts the producer module's {@code produce} command with the cluster connection options of claimstream's layered
 * config, so that {@code produce --help} shows both, and the topic defaults agree with the streams app's.
 */
final class ProduceCliCommand {

    private ProduceCliCommand() {
    }

    static CommandLine create() {
        ConnectionOptions connection = new ConnectionOptions();
        CommandLine cl = new CommandLine(new ProduceCommand(new LazyPublishers(connection)));
        cl.getCommandSpec().addMixin("connection", CommandSpec.forAnnotatedObject(connection));
        Topics defaults = Topics.fromEnvironment();
        cl.setDefaultValueProvider(arg -> {
            if (arg instanceof CommandLine.Model.OptionSpec opt) {
                if (opt.longestName().equals("--topic")) {
                    return defaults.raw;
                }
                if (opt.longestName().equals("--rejects-topic")) {
                    return defaults.deadLetters;
                }
            }
            return null;
        });
        cl.getCommandSpec().exitCodeOnInvalidInput(64);
        return cl;
    }

    /** Topic names as configured by defaults and CLAIMSTREAM_* environment (flags are not parsed yet at that point). */
    private record Topics(String raw, String deadLetters) {
        static Topics fromEnvironment() {
            ClaimstreamConfig config = ClaimstreamConfig.of(ConfigLayers.defaults().withEnv(System.getenv()));
            return new Topics(config.topics().name(TopicLabel.ARTICLES_RAW), config.topics().name(TopicLabel.DEAD_LETTERS));
        }
    }

    /** Producers created on first use, from the connection options as parsed. */
    private static final class LazyPublishers implements PublisherFactory {
        private final ConnectionOptions connection;
        private PublisherFactory delegate;

        LazyPublishers(ConnectionOptions connection) {
            this.connection = connection;
        }

        private PublisherFactory delegate() {
            if (delegate == null) {
                delegate = publishers(connection.resolveReachable(ClientRole.PRODUCER, ClusterProbe.Needs.KAFKA_AND_REGISTRY));
            }
            return delegate;
        }

        @Override
        public Producer<String, Article> articleProducer() {
            return delegate().articleProducer();
        }

        @Override
        public Producer<String, DeadLetter> deadLetterProducer() {
            return delegate().deadLetterProducer();
        }
    }

    static PublisherFactory publishers(ClaimstreamConfig config) {
        AvroSerializer<Article> articles = new AvroSerializer<>();
        articles.configure(config.serdeConfig(), false);
        AvroSerializer<DeadLetter> deadLetters = new AvroSerializer<>();
        deadLetters.configure(config.serdeConfig(), false);
        return PublisherFactory.kafka(config.clientProperties(ClaimstreamConfig.KAFKA_PRODUCER_PREFIX), articles, deadLetters);
    }
}
