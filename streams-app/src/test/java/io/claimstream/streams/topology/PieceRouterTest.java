package io.claimstream.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.registry.SchemaRegistries;
import io.claimstream.schema.CopyRef;
import io.claimstream.schema.DuplicateKind;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.PieceCopies;
import io.claimstream.schema.PieceDeals;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The piece router alone: copies reach every deal of their piece in either arrival order, and old pieces expire. */
class PieceRouterTest {

    private static final Duration RETENTION = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2025-03-20T10:00:00Z");

    private final String registry = "router-" + UUID.randomUUID();
    private final RegistrySerdes serdes = new RegistrySerdes(SchemaRegistries.mock(registry));
    private final TopologyTestDriver driver = driver();
    private final TestInputTopic<String, String> deals =
            driver.createInputTopic("deals-in", Serdes.String().serializer(), Serdes.String().serializer());
    private final TestInputTopic<String, DuplicateNotice> notices =
            driver.createInputTopic("notices-in", Serdes.String().serializer(), serdes.value(DuplicateNotice.class).serializer());
    private final TestOutputTopic<String, PieceCopies> out =
            driver.createOutputTopic("copies-out", Serdes.String().deserializer(), serdes.value(PieceCopies.class).deserializer());

    @AfterEach
    void close() {
        driver.close();
        SchemaRegistries.dropMock(registry);
    }

    @Test
    void aCopyOfAPieceIsSentToEveryDealThePieceSupports() {
        deals.pipeInput("piece-1", "CD:critical-minerals", T0);
        deals.pipeInput("piece-1", "UA:critical-minerals", T0);
        notices.pipeInput("piece-1", copy("copy-1", "piece-1"), T0.plusSeconds(5));

        List<TestRecord<String, PieceCopies>> sent = out.readRecordsToList();
        assertThat(sent).extracting(TestRecord::key).containsExactly("CD:critical-minerals", "UA:critical-minerals");
        assertThat(sent).allSatisfy(r -> assertThat(r.value().getCopies()).extracting(CopyRef::getArticleId).containsExactly("copy-1"));
    }

    @Test
    void copiesKnownBeforeThePiecesClaimsReachItsDealWhenTheClaimsArrive() {
        notices.pipeInput("piece-1", copy("copy-1", "piece-1"), T0);
        assertThat(out.isEmpty()).isTrue();

        deals.pipeInput("piece-1", "CD:critical-minerals", T0.plusSeconds(5));

        assertThat(out.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("CD:critical-minerals");
            assertThat(kv.value.getCopies()).extracting(CopyRef::getArticleId).containsExactly("copy-1");
        });
    }

    @Test
    void aNoticeOrADealHeardTwiceSendsNothingNew() {
        deals.pipeInput("piece-1", "CD:critical-minerals", T0);
        notices.pipeInput("piece-1", copy("copy-1", "piece-1"), T0);
        out.readRecordsToList();

        notices.pipeInput("piece-1", copy("copy-1", "piece-1"), T0.plusSeconds(1));
        deals.pipeInput("piece-1", "CD:critical-minerals", T0.plusSeconds(1));

        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void aCopyHeardOutOfTimeOrderIsKeptWithTheOthers() {
        deals.pipeInput("piece-1", "CD:critical-minerals", T0.plusSeconds(60));
        notices.pipeInput("piece-1", copy("copy-late", "piece-1"), T0.plusSeconds(120));
        notices.pipeInput("piece-1", copy("copy-early", "piece-1"), T0.plusSeconds(10));
        notices.pipeInput("piece-1", copy("copy-next", "piece-1"), T0.plusSeconds(130));

        List<TestRecord<String, PieceCopies>> sent = out.readRecordsToList();
        assertThat(sent.get(sent.size() - 1).value().getCopies()).extracting(CopyRef::getArticleId)
                .containsExactly("copy-late", "copy-early", "copy-next");
    }

    @Test
    void whatTheRouterKnowsOfAPieceExpiresWithTheRetention() {
        deals.pipeInput("piece-1", "CD:critical-minerals", T0);
        // stream time moves on, well past the retention
        deals.pipeInput("piece-2", "CD:critical-minerals", T0.plus(RETENTION.multipliedBy(4)));

        notices.pipeInput("piece-1", copy("copy-1", "piece-1"), T0.plus(RETENTION.multipliedBy(4)));

        assertThat(out.isEmpty()).as("the old piece's deals are forgotten").isTrue();
        var store = driver.<String, PieceDeals>getWindowStore(PieceRouter.DEALS_STORE);
        try (var it = store.fetch("piece-1", T0.minusSeconds(1), T0.plus(RETENTION.multipliedBy(5)))) {
            assertThat(it.hasNext()).isFalse();
        }
    }

    private TopologyTestDriver driver() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(PieceRouter.DEALS_STORE, RETENTION,
                Duration.ofMillis(1), false), Serdes.String(), serdes.value(PieceDeals.class)));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(PieceRouter.COPIES_STORE, RETENTION,
                Duration.ofMillis(1), false), Serdes.String(), serdes.value(PieceCopies.class)));
        var dealEvents = builder.stream("deals-in", Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(d -> (PieceRouter.Event) new PieceRouter.Deal(d), Named.as("deal-event"));
        var copyEvents = builder.stream("notices-in", Consumed.with(Serdes.String(), serdes.value(DuplicateNotice.class)))
                .mapValues(n -> (PieceRouter.Event) new PieceRouter.Copy(n), Named.as("copy-event"));
        dealEvents.merge(copyEvents, Named.as("events"))
                .process(PieceRouter::new, Named.as("route"), PieceRouter.DEALS_STORE, PieceRouter.COPIES_STORE)
                .to("copies-out", Produced.with(Serdes.String(), serdes.value(PieceCopies.class)));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "router");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("router-state").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TopologyTestDriver(builder.build(), props);
    }

    private static DuplicateNotice copy(String copyId, String pieceId) {
        return DuplicateNotice.newBuilder().setArticleId(copyId).setCanonicalArticleId(pieceId).setKind(DuplicateKind.EXACT)
                .setSimilarity(1.0).setEvidence(List.of("same-content-hash")).setSourceDomain("mirror.example")
                .setCanonicalSourceDomain(null).setPublishedAt(null).setDetectedAt(T0).build();
    }
}
