package io.claimstream.streams.topology;

import io.claimstream.schema.Article;
import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.Claim;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DealState;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.FingerprintedArticle;
import io.claimstream.schema.PieceCopies;
import io.claimstream.schema.PieceDeals;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.streams.intake.ArticleIntake;
import io.claimstream.streams.intake.ArticleRules;
import io.claimstream.streams.intake.Intake;
import io.claimstream.streams.metrics.PipelineMetrics;
import io.claimstream.streams.topics.TopicLabel;
import io.claimstream.streams.topics.Topics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The claimstream topology, as a pure function of its topics, settings, serdes and stages.
 *
 * <pre>
 * articles.raw ─ intake ─┬─ rejected ──────────────────────────────────────────────────────▶ dead-letters
 *                        └─ fingerprint ─▶ [dedup-sequence-i, one per input partition] ─ merge
 *                                          ─ dedup (one task: settle, then canonical order) ─┬▶ articles.unique
 *                                                                                    └▶ articles.duplicates
 * articles.unique ─ (new pieces) ─ extract claims ─ key by deal ─▶ claims
 * claims ──────────┬─ by deal ─────────────────────────────┐
 *                  └─ by piece ─┬─ piece-route ─▶ by deal ┤ cogroup ─▶ deal-state ─┬▶ deals
 * articles.duplicates ─ by piece ─┘  (windowed, dedup retention)                  └─ diff ─▶ bid-updates
 * </pre>
 *
 * Every processor, store, repartition topic and join is named, so the topology can evolve without renaming state.
 */
public final class ClaimstreamTopology {

    public static final String DEAL_STATE_STORE = "deal-state";
    /**
     * One number, the articles waiting in the dedup task to be decided; its changelog's last record is that count (see
     * {@code CaughtUp}).
     */
    public static final String DEDUP_SETTLE_STORE = DedupProcessor.SETTLE_STORE;
    static final String BID_PREVIOUS_STORE = "bid-updates-previous";

    private ClaimstreamTopology() {
    }

    public static Topology build(Topics topics, PipelineSettings settings, RecordSerdes serdes, Stages stages,
                                 PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> keys = Serdes.String();

        KStream<String, Intake.Accepted> articles = intake(builder, topics, settings, serdes, metrics);
        dedup(builder, articles, topics, settings, serdes, stages.dedup(), metrics);
        claims(builder, topics, serdes, stages, metrics);
        deals(builder, topics, settings, serdes, stages.deals(), metrics, keys);
        return builder.build();
    }

    /** The pipeline's pluggable logic. */
    public record Stages(DedupStage dedup, ClaimStage claims, DealStage deals) {
    }

    private static KStream<String, Intake.Accepted> intake(StreamsBuilder builder, Topics topics, PipelineSettings settings,
                                                           RecordSerdes serdes, PipelineMetrics metrics) {
        Serde<Article> articleSerde = serdes.value(Article.class);
        var branches = builder
                .stream(topics.name(TopicLabel.ARTICLES_RAW),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("articles-raw-source"))
                .process(() -> new ArticleIntake(articleSerde.deserializer(), new ArticleRules(settings.maxTextChars()), metrics),
                        Named.as("article-intake"))
                .split(Named.as("intake-"))
                .branch((k, v) -> v instanceof Intake.Rejected, Branched.as("rejected"))
                .defaultBranch(Branched.as("accepted"));
        branches.get("intake-rejected")
                .mapValues(v -> ((Intake.Rejected) v).deadLetter(), Named.as("intake-dead-letter"))
                .to(topics.name(TopicLabel.DEAD_LETTERS),
                        Produced.with(Serdes.String(), serdes.value(DeadLetter.class)).withName("intake-dead-letters-sink"));
        return branches.get("intake-accepted").mapValues(v -> (Intake.Accepted) v, Named.as("intake-article"));
    }

    /**
     * Every input partition gets its own one-partition sequence topic, and one task reads them all, so every article is
     * compared with every earlier one whichever partition it came from. How the lanes interleave in that task depends on
     * timing (which upstream task committed first), so the task does not decide in arrival order: arrivals settle
     * ({@link DedupSettle}) and each settled group is decided in canonical order (published time, article id). The
     * decisions are then a function of the input, and a replay or a second run makes the same ones.
     */
    private static void dedup(StreamsBuilder builder, KStream<String, Intake.Accepted> articles, Topics topics,
                              PipelineSettings settings, RecordSerdes serdes, DedupStage stage, PipelineMetrics metrics) {
        Duration retention = settings.dedupRetention();
        builder.addStateStore(windowStore(DedupProcessor.INDEX_STORE, retention, true, Serdes.String()));
        builder.addStateStore(windowStore(DedupProcessor.FINGERPRINT_STORE, retention, false, Serdes.ByteArray()));
        builder.addStateStore(windowStore(DedupProcessor.PIECE_STORE, retention, false, serdes.value(UniqueArticle.class)));
        // Uncached on purpose: the settle count must reach its changelog after every change, in order (CaughtUp reads it).
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DedupProcessor.PENDING_STORE),
                Serdes.String(), serdes.value(FingerprintedArticle.class)).withCachingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DedupProcessor.SETTLE_STORE),
                Serdes.String(), Serdes.Long()).withCachingDisabled());

        int lanes = topics.spec(TopicLabel.ARTICLES_RAW).partitions();
        var byLane = articles
                .mapValues(a -> new Laned(a.partition() % lanes, FingerprintedArticle.newBuilder().setArticle(a.article())
                        .setFingerprint(ByteBuffer.wrap(stage.fingerprint(a.article()))).build()), Named.as("dedup-fingerprint"))
                .split(Named.as("dedup-lane-"));
        for (int lane = 0; lane < lanes; lane++) {
            int l = lane;
            byLane.branch((k, v) -> v.lane() == l, Branched.as(Integer.toString(lane)));
        }
        var laneStreams = byLane.noDefaultBranch();
        KStream<String, FingerprintedArticle> sequence = null;
        for (int lane = 0; lane < lanes; lane++) {
            KStream<String, FingerprintedArticle> laneStream = laneStreams.get("dedup-lane-" + lane)
                    .mapValues(Laned::article, Named.as("dedup-lane-value-" + lane))
                    .repartition(Repartitioned.<String, FingerprintedArticle>as("dedup-sequence-" + lane)
                            .withKeySerde(Serdes.String())
                            .withValueSerde(serdes.value(FingerprintedArticle.class))
                            .withNumberOfPartitions(1));
            sequence = sequence == null ? laneStream : sequence.merge(laneStream, Named.as("dedup-merge-" + lane));
        }

        var outcomes = sequence
                .process(() -> new DedupProcessor(stage, settings.dedupSettle(), metrics), Named.as("dedup-decide"),
                        DedupProcessor.INDEX_STORE, DedupProcessor.FINGERPRINT_STORE, DedupProcessor.PIECE_STORE,
                        DedupProcessor.PENDING_STORE, DedupProcessor.SETTLE_STORE)
                .split(Named.as("dedup-"))
                .branch((k, v) -> v instanceof DedupOutcome.Notice, Branched.as("notice"))
                .defaultBranch(Branched.as("piece"));
        outcomes.get("dedup-notice")
                .mapValues(v -> ((DedupOutcome.Notice) v).notice(), Named.as("dedup-notice-value"))
                .to(topics.name(TopicLabel.ARTICLES_DUPLICATES),
                        Produced.with(Serdes.String(), serdes.value(DuplicateNotice.class)).withName("duplicates-sink"));
        outcomes.get("dedup-piece")
                .mapValues(v -> ((DedupOutcome.Piece) v).piece(), Named.as("dedup-piece-value"))
                .to(topics.name(TopicLabel.ARTICLES_UNIQUE),
                        Produced.with(Serdes.String(), serdes.value(UniqueArticle.class)).withName("unique-sink"));
    }

    /** A fingerprinted article and its sequence lane; never serialised. */
    record Laned(int lane, FingerprintedArticle article) {
    }

    private static void claims(StreamsBuilder builder, Topics topics, RecordSerdes serdes, Stages stages, PipelineMetrics metrics) {
        builder.stream(topics.name(TopicLabel.ARTICLES_UNIQUE),
                        Consumed.with(Serdes.String(), serdes.value(UniqueArticle.class)).withName("unique-source"))
                // A piece is re-published each time a copy arrives; its claims were extracted the first time.
                .filter((k, piece) -> piece.getCopyCount() == 0, Named.as("claims-new-pieces"))
                .flatMap((k, piece) -> {
                    ClaimStage.Extraction extraction = stages.claims().extract(piece.getArticle());
                    extraction.skipped().ifPresent(reason -> metrics.claimsSkipped(reason.replaceAll(":.*", "")));
                    List<KeyValue<String, Claim>> out = new ArrayList<>();
                    List<Optional<String>> dealIds = stages.deals().dealIds(extraction.claims());
                    for (int i = 0; i < extraction.claims().size(); i++) {
                        Claim claim = extraction.claims().get(i);
                        String dealId = dealIds.get(i).orElse(null);
                        Claim keyed = Claim.newBuilder(claim).setDealId(dealId)
                                .setIngestedAt(piece.getArticle().getIngestedAt()).build();
                        metrics.claim(claim.getAction().name());
                        out.add(KeyValue.pair(dealId != null ? dealId : claim.getArticleId(), keyed));
                    }
                    return out;
                }, Named.as("claims-extract"))
                .to(topics.name(TopicLabel.CLAIMS), Produced.with(Serdes.String(), serdes.value(Claim.class)).withName("claims-sink"));
    }

    private static void deals(StreamsBuilder builder, Topics topics, PipelineSettings settings, RecordSerdes serdes, DealStage stage, PipelineMetrics metrics,
                              Serde<String> keys) {
        Serde<Claim> claimSerde = serdes.value(Claim.class);
        Serde<PieceCopies> copiesSerde = serdes.value(PieceCopies.class);
        Serde<DealState> dealSerde = serdes.value(DealState.class);

        KStream<String, Claim> dealClaims = builder
                .stream(topics.name(TopicLabel.CLAIMS), Consumed.with(keys, claimSerde).withName("claims-source"))
                .filter((dealId, claim) -> claim.getDealId() != null, Named.as("claims-with-deal"));

        // Which deals each original piece supports, and which copies it has, so that its copies are credited to
        // those deals whichever arrives first (PieceRouter; bounded by the dedup retention).
        builder.addStateStore(windowStore(PieceRouter.DEALS_STORE, settings.dedupRetention(), false, serdes.value(PieceDeals.class)));
        builder.addStateStore(windowStore(PieceRouter.COPIES_STORE, settings.dedupRetention(), false, copiesSerde));
        KStream<String, PieceRouter.Event> dealsOfPieces = dealClaims
                .selectKey((dealId, claim) -> claim.getArticleId(), Named.as("claims-piece-key"))
                .repartition(Repartitioned.<String, Claim>as("claims-by-piece").withKeySerde(keys).withValueSerde(claimSerde))
                .mapValues(claim -> (PieceRouter.Event) new PieceRouter.Deal(claim.getDealId()), Named.as("claims-piece-deal"));
        KStream<String, PieceRouter.Event> copiesOfPieces = builder
                .stream(topics.name(TopicLabel.ARTICLES_DUPLICATES),
                        Consumed.with(keys, serdes.value(DuplicateNotice.class)).withName("duplicates-source"))
                .selectKey((id, notice) -> notice.getCanonicalArticleId(), Named.as("duplicates-piece-key"))
                .repartition(Repartitioned.<String, DuplicateNotice>as("duplicates-by-piece").withKeySerde(keys)
                        .withValueSerde(serdes.value(DuplicateNotice.class)))
                .mapValues(notice -> (PieceRouter.Event) new PieceRouter.Copy(notice), Named.as("duplicates-piece-copy"));
        KGroupedStream<String, PieceCopies> copiesByDeal = dealsOfPieces
                .merge(copiesOfPieces, Named.as("piece-events"))
                .process(PieceRouter::new, Named.as("piece-route"), PieceRouter.DEALS_STORE, PieceRouter.COPIES_STORE)
                .groupByKey(Grouped.with("copies-by-deal", keys, copiesSerde));

        KTable<String, DealState> dealState = dealClaims
                .groupByKey(Grouped.with("claims-by-deal", keys, claimSerde))
                .<DealState>cogroup((dealId, claim, state) -> stage.apply(state, claim))
                .cogroup(copiesByDeal, (dealId, copies, state) -> state == null ? null : stage.applyCopies(state, copies))
                .aggregate(() -> null, Named.as("deal-aggregate"),
                        Materialized.<String, DealState, KeyValueStore<Bytes, byte[]>>as(DEAL_STATE_STORE)
                                .withKeySerde(keys).withValueSerde(dealSerde));

        KStream<String, DealState> changes = dealState.toStream(Named.as("deal-changes"));
        changes.to(topics.name(TopicLabel.DEALS), Produced.with(keys, dealSerde).withName("deals-sink"));

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BID_PREVIOUS_STORE), keys, dealSerde));
        changes.process(() -> new BidUpdateDetector(stage, metrics), Named.as("bid-updates-detect"), BID_PREVIOUS_STORE)
                .to(topics.name(TopicLabel.BID_UPDATES), Produced.with(keys, serdes.value(BidUpdate.class)).withName("bid-updates-sink"));
    }

    private static <V> StoreBuilder<WindowStore<String, V>> windowStore(String name, Duration retention, boolean duplicates, Serde<V> values) {
        // Window size is irrelevant here (one entry per timestamp); the retention is what expires old state.
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, retention, Duration.ofMillis(1), duplicates), Serdes.String(), values);
    }
}
