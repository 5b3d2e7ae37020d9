package io.claimstream.deals;

import io.claimstream.schema.Bid;
import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.Claim;
import io.claimstream.schema.CopyRef;
import io.claimstream.schema.DealState;
import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;
import io.claimstream.schema.PieceCopies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Folds claims and piece copies into a deal's state. Pure: no clock, no I/O; never modifies the state it is given.
 * Applying a claim already in {@link DealState#getClaimIds()} or copies already known returns the same state.
 */
public final class DealAggregator {

    private static final Comparator<CopyRef> COPY_ORDER = Comparator.comparing(CopyRef::getArticleId);

    private final DealRules rules;
    private final DealAssigner assigner;

    public DealAggregator(DealRules rules) {
        this.rules = rules;
        this.assigner = new DealAssigner(rules);
    }

    public static DealAggregator withDefaultRules() {
        return new DealAggregator(DealRules.loadDefault());
    }

    public DealAssigner assigner() {
        return assigner;
    }

    /** The state of a deal no claim has touched yet. */
    public DealState initial(DealKey key) {
        return DealState.newBuilder()
                .setDealId(key.dealId())
                .setHost(key.host())
                .setResource(key.resource())
                .setUpdatedAt(Instant.EPOCH)
                .build();
    }

    /** For aggregators whose initializer has no key (Kafka Streams cogroup): the first claim names the deal. */
    public DealState empty() {
        return DealState.newBuilder()
                .setDealId("")
                .setHost(new Entity("", EntityType.OTHER, "", ""))
                .setResource("")
                .setUpdatedAt(Instant.EPOCH)
                .build();
    }

    public DealState apply(DealState state, Claim claim) {
        return apply(state, claim, null);
    }

    /**
     * @param ingestTime event time for claims with no published time (e.g. the Kafka record timestamp); when null too,
     *                   the latest event time the deal has seen is used.
     * @return the new state; the given state itself when the claim was applied before or belongs to another deal.
     */
    public DealState apply(DealState state, Claim claim, Instant ingestTime) {
        if (state.getClaimIds().contains(claim.getId())) {
            return state;
        }
        if (!(assigner.decide(claim) instanceof Assignment.ToDeal toDeal)) {
            return state;
        }
        DealState base = state.getDealId().isEmpty() ? adopt(state, toDeal.key()) : state;
        if (!base.getDealId().equals(toDeal.key().dealId())) {
            return state;
        }
        Instant eventTime = eventTime(claim, ingestTime, base);
        PieceIndex index = new PieceIndex(base.getPieces());
        BidEvidence evidence = evidenceOf(claim, index.pieceOf(claim.getArticleId()), eventTime);

        Map<String, Bid> bids = bidsById(base);
        Entity bidder = toDeal.bidder();
        BidDraft draft = BidDraft.of(rules, bidder, bids.get(bidder.getId()), index);
        draft.add(claim, evidence);
        bids.put(bidder.getId(), draft.build());

        // Kept sorted, not in arrival order: claims reach a deal from many tasks in whatever order they commit, and the
        // state must not say which came first. Beyond the cap the smallest ids go (a replay of an evicted claim then
        // counts again; the cap is far above what a deal collects).
        List<String> claimIds = new ArrayList<>(base.getClaimIds());
        int at = Collections.binarySearch(claimIds, claim.getId());
        claimIds.add(at < 0 ? -at - 1 : at, claim.getId());
        int cap = rules.limits().claimIdsPerDeal();
        if (claimIds.size() > cap) {
            claimIds = new ArrayList<>(claimIds.subList(claimIds.size() - cap, claimIds.size()));
        }
        Instant firstSeen = base.getFirstSeenAt() == null || eventTime.isBefore(base.getFirstSeenAt()) ? eventTime : base.getFirstSeenAt();
        // Built field by field: DealState.newBuilder(other) deep-copies every bid, which dominates the cost of apply.
        return new DealState(base.getDealId(), base.getHost(), base.getResource(), new ArrayList<>(bids.values()),
                base.getClaimCount() + 1, base.getPieces(), claimIds, firstSeen, max(base.getUpdatedAt(), eventTime),
                version(base.getClaimCount() + 1, base.getPieces()));
    }

    /** Replaces what the deal knows of one piece's copies; they raise mentions, never independent sources. */
    public DealState applyCopies(DealState state, PieceCopies copies) {
        PieceCopies normalised = normalise(copies);
        Map<String, PieceCopies> pieces = new TreeMap<>();
        state.getPieces().forEach(p -> pieces.put(p.getPieceId(), p));
        if (normalised.equals(pieces.get(normalised.getPieceId()))) {
            return state;
        }
        pieces.put(normalised.getPieceId(), normalised);
        List<PieceCopies> pieceList = new ArrayList<>(pieces.values());
        PieceIndex oldIndex = new PieceIndex(state.getPieces());
        PieceIndex newIndex = new PieceIndex(pieceList);

        List<BidDraft> drafts = new ArrayList<>();
        for (Bid bid : state.getBids()) {
            BidDraft draft = BidDraft.of(rules, bid.getBidder(), bid, oldIndex);
            draft.remap(newIndex);
            drafts.add(draft);
        }
        pieceList = capPieces(pieceList, drafts);

        Instant updatedAt = state.getUpdatedAt();
        for (CopyRef copy : normalised.getCopies()) {
            if (copy.getPublishedAt() != null) {
                updatedAt = max(updatedAt, copy.getPublishedAt());
            }
        }
        List<Bid> bids = new ArrayList<>();
        drafts.forEach(d -> bids.add(d.build()));
        bids.sort(Comparator.comparing(b -> b.getBidder().getId()));
        return new DealState(state.getDealId(), state.getHost(), state.getResource(), bids, state.getClaimCount(),
                pieceList, state.getClaimIds(), state.getFirstSeenAt(), updatedAt, version(state.getClaimCount(), pieceList));
    }

    /**
     * What the state has taken in: claims and copies. Not a count of updates, since the copies of one piece reach a
     * deal a varying number of times (once per change the deal was subscribed to when it happened), so that the same
     * content would carry a different version in every run.
     */
    private static long version(int claimCount, List<PieceCopies> pieces) {
        long copies = 0;
        for (PieceCopies piece : pieces) {
            copies += piece.getCopies().size();
        }
        return claimCount + copies;
    }

    private DealState adopt(DealState empty, DealKey key) {
        return new DealState(key.dealId(), key.host(), key.resource(), empty.getBids(), empty.getClaimCount(),
                empty.getPieces(), empty.getClaimIds(), empty.getFirstSeenAt(), empty.getUpdatedAt(), empty.getVersion());
    }

    private static Instant eventTime(Claim claim, Instant ingestTime, DealState state) {
        if (claim.getEvidence().getPublishedAt() != null) {
            return claim.getEvidence().getPublishedAt();
        }
        return ingestTime != null ? ingestTime : state.getUpdatedAt();
    }

    /** publishedAt holds the event time, so that the timeline can be replayed from evidence alone. */
    private BidEvidence evidenceOf(Claim claim, String pieceId, Instant eventTime) {
        String sentence = claim.getEvidence().getSentence();
        int max = rules.limits().sentenceChars();
        return BidEvidence.newBuilder()
                .setClaimId(claim.getId())
                .setArticleId(claim.getArticleId())
                .setPieceId(pieceId)
                .setSourceDomain(claim.getEvidence().getSourceDomain())
                .setPublishedAt(eventTime)
                .setAction(claim.getAction())
                .setPolarity(claim.getPolarity())
                .setHedged(claim.getHedged())
                .setAttribution(claim.getAttribution())
                .setSentence(sentence.length() > max ? sentence.substring(0, max - 1) + "…" : sentence)
                .setActor(claim.getActor().getId())
                .setConsiderationKinds(claim.getConsideration().stream().map(c -> c.getKind()).distinct().sorted().toList())
                .build();
    }

    private static Map<String, Bid> bidsById(DealState state) {
        Map<String, Bid> bids = new TreeMap<>();
        state.getBids().forEach(b -> bids.put(b.getBidder().getId(), b));
        return bids;
    }

    private PieceCopies normalise(PieceCopies copies) {
        Map<String, CopyRef> byArticle = new LinkedHashMap<>();
        copies.getCopies().stream()
                .filter(c -> !c.getArticleId().equals(copies.getPieceId()))
                .sorted(COPY_ORDER)
                .forEach(c -> byArticle.putIfAbsent(c.getArticleId(), c));
        List<CopyRef> kept = new ArrayList<>(byArticle.values());
        int cap = rules.limits().copiesPerPiece();
        return new PieceCopies(copies.getPieceId(), kept.size() > cap ? new ArrayList<>(kept.subList(0, cap)) : kept);
    }

    /** Beyond the cap, pieces that no retained evidence cites are dropped first, in id order. */
    private List<PieceCopies> capPieces(List<PieceCopies> pieces, List<BidDraft> drafts) {
        int excess = pieces.size() - rules.limits().piecesPerDeal();
        if (excess <= 0) {
            return pieces;
        }
        List<PieceCopies> kept = new ArrayList<>(pieces);
        for (PieceCopies piece : pieces) {
            if (excess == 0) {
                break;
            }
            if (drafts.stream().noneMatch(d -> d.supportsPiece(piece.getPieceId()))) {
                kept.remove(piece);
                excess--;
            }
        }
        return kept;
    }

    private static Instant max(Instant a, Instant b) {
        return Objects.requireNonNull(a).isAfter(b) ? a : b;
    }
}
