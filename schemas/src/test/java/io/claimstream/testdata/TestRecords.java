package io.claimstream.testdata;

import io.claimstream.schema.Action;
import io.claimstream.schema.Article;
import io.claimstream.schema.Bid;
import io.claimstream.schema.BidEvidence;
import io.claimstream.schema.BidStatus;
import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.BidUpdateKind;
import io.claimstream.schema.Claim;
import io.claimstream.schema.Consideration;
import io.claimstream.schema.Contradiction;
import io.claimstream.schema.ContradictionKind;
import io.claimstream.schema.CopyRef;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.schema.DealState;
import io.claimstream.schema.DuplicateKind;
import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;
import io.claimstream.schema.Evidence;
import io.claimstream.schema.Origin;
import io.claimstream.schema.PieceCopies;
import io.claimstream.schema.Polarity;
import io.claimstream.schema.StatusChange;
import io.claimstream.schema.UniqueArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** Test-data builders for every generated record, filled with small made-up values (never corpus text). */
public final class TestRecords {

    public static final Instant PUBLISHED = Instant.parse("2025-03-14T09:30:00.123Z");
    public static final Instant INGESTED = Instant.parse("2025-03-14T10:00:00Z");

    private TestRecords() {
    }

    public static Article.Builder anArticle() {
        return Article.newBuilder()
                .setId("a-1")
                .setUrl("https://www.example.com/news/deal?utm_source=x")
                .setCanonicalUrl("https://example.com/news/deal")
                .setSourceDomain("example.com")
                .setTitle("Minerals deal talks reported")
                .setText("Country A is said to offer security support in exchange for mining rights.")
                .setLanguage("en")
                .setPublishedAt(PUBLISHED)
                .setIngestedAt(INGESTED)
                .setOrigin(Origin.FILE)
                .setOriginRef("samples/seeds/one.txt")
                .setContentHash("ab".repeat(32))
                .setAttributes(Map.of("author", "A. Writer", "feed", "Example feed"));
    }

    public static UniqueArticle.Builder aUniqueArticle() {
        return UniqueArticle.newBuilder()
                .setArticle(anArticle().build())
                .setCopyCount(2)
                .setCopyIds(List.of("a-2", "a-3"))
                .setCopySources(List.of("copy.example.org"));
    }

    public static DuplicateNotice.Builder aDuplicateNotice() {
        return DuplicateNotice.newBuilder()
                .setArticleId("a-2")
                .setCanonicalArticleId("a-1")
                .setKind(DuplicateKind.REWRITE)
                .setSimilarity(0.91)
                .setEvidence(List.of("containment=0.91"))
                .setSourceDomain("copy.example.org")
                .setCanonicalSourceDomain("example.com")
                .setPublishedAt(PUBLISHED)
                .setDetectedAt(INGESTED);
    }

    public static Entity.Builder anEntity() {
        return Entity.newBuilder().setId("CD").setType(EntityType.COUNTRY).setName("DR Congo").setSurface("Congo");
    }

    public static Evidence.Builder anEvidence() {
        return Evidence.newBuilder()
                .setArticleId("a-1")
                .setSentence("Country A is said to offer security support.")
                .setStart(0)
                .setEnd(45)
                .setPublishedAt(PUBLISHED)
                .setSourceDomain("example.com")
                .setUrl("https://example.com/news/deal");
    }

    public static Consideration.Builder aConsideration() {
        return Consideration.newBuilder()
                .setKind("investment")
                .setSurface("$2 billion")
                .setAmount(2.0e9)
                .setCurrency("USD");
    }

    public static Claim.Builder aClaim() {
        return Claim.newBuilder()
                .setId("c-1")
                .setArticleId("a-1")
                .setActor(anEntity().setId("US").setName("United States").setSurface("Washington").build())
                .setAction(Action.OFFER)
                .setPolarity(Polarity.ASSERTED)
                .setCounterparty(anEntity().build())
                .setIntermediaries(List.of())
                .setAssets(List.of("cobalt", "copper"))
                .setConsideration(List.of(aConsideration().build()))
                .setHedged(true)
                .setHedges(List.of("is said to"))
                .setAttribution("Example News")
                .setEvidence(anEvidence().build())
                .setDealId("CD:critical-minerals")
                .setExtractorVersion("test-1");
    }

    public static BidEvidence.Builder aBidEvidence() {
        return BidEvidence.newBuilder()
                .setClaimId("c-1")
                .setArticleId("a-1")
                .setPieceId("a-1")
                .setSourceDomain("example.com")
                .setPublishedAt(PUBLISHED)
                .setAction(Action.OFFER)
                .setPolarity(Polarity.ASSERTED)
                .setHedged(false)
                .setSentence("Country A is said to offer security support.");
    }

    public static Contradiction.Builder aContradiction() {
        return Contradiction.newBuilder()
                .setKind(ContradictionKind.POLARITY)
                .setDescription("one source asserts, another denies")
                .setFirst(aBidEvidence().build())
                .setSecond(aBidEvidence().setClaimId("c-2").setPolarity(Polarity.NEGATED).build());
    }

    public static StatusChange.Builder aStatusChange() {
        return StatusChange.newBuilder()
                .setStatus(BidStatus.PROPOSED).setAt(PUBLISHED).setClaimId("c-1").setArticleId("a-1");
    }

    public static Bid.Builder aBid() {
        return Bid.newBuilder()
                .setBidder(anEntity().setId("US").setName("United States").setSurface("US").build())
                .setStatus(BidStatus.PROPOSED)
                .setSeeks(List.of("cobalt"))
                .setOffers(List.of(aConsideration().build()))
                .setInitiatedBy("CD")
                .setIndependentSources(2)
                .setMentions(3)
                .setSources(List.of("example.com", "other.example.net"))
                .setEvidence(List.of(aBidEvidence().build()))
                .setContradictions(List.of(aContradiction().build()))
                .setTimeline(List.of(aStatusChange().build()))
                .setFirstSeenAt(PUBLISHED)
                .setLastSeenAt(INGESTED);
    }

    public static CopyRef.Builder aCopyRef() {
        return CopyRef.newBuilder()
                .setArticleId("a-2").setSourceDomain("copy.example.org").setKind(DuplicateKind.EXACT)
                .setPublishedAt(null);
    }

    public static PieceCopies.Builder somePieceCopies() {
        return PieceCopies.newBuilder().setPieceId("a-1").setCopies(List.of(aCopyRef().build()));
    }

    public static DealState.Builder aDealState() {
        return DealState.newBuilder()
                .setDealId("CD:critical-minerals")
                .setHost(anEntity().build())
                .setResource("critical-minerals")
                .setBids(List.of(aBid().build()))
                .setClaimCount(1)
                .setPieces(List.of(somePieceCopies().build()))
                .setClaimIds(List.of("c-1"))
                .setFirstSeenAt(PUBLISHED)
                .setUpdatedAt(INGESTED)
                .setVersion(7L);
    }

    public static BidUpdate.Builder aBidUpdate() {
        return BidUpdate.newBuilder()
                .setDealId("CD:critical-minerals")
                .setBidder(anEntity().setId("US").setName("United States").setSurface("US").build())
                .setKind(BidUpdateKind.STATUS_CHANGED)
                .setPreviousStatus(BidStatus.RUMOURED)
                .setStatus(BidStatus.PROPOSED)
                .setIndependentSources(2)
                .setMentions(3)
                .setDescription("United States moved from RUMOURED to PROPOSED")
                .setClaimId("c-1")
                .setAt(INGESTED);
    }

    public static DeadLetter.Builder aDeadLetter() {
        return DeadLetter.newBuilder()
                .setStage(DeadLetterStage.DESERIALIZATION)
                .setReason("bad-magic-byte")
                .setErrorClass("io.claimstream.serde.WireFormatException")
                .setErrorMessage("first byte is 0x7b")
                .setStackTrace(null)
                .setTopic("articles-raw")
                .setPartition(0)
                .setOffset(42L)
                .setKey(ByteBuffer.wrap("k".getBytes(StandardCharsets.UTF_8)))
                .setValue(ByteBuffer.wrap(new byte[] {0x7b, 0x7d, (byte) 0xff}))
                .setHeaders(Map.of("trace", "t-1"))
                .setSource(null)
                .setAppId("claimstream-test")
                .setFailedAt(INGESTED);
    }

    /** One filled instance of every generated record type. */
    public static List<SpecificRecord> oneOfEveryRecordType() {
        return List.of(anArticle().build(), aUniqueArticle().build(), aDuplicateNotice().build(), anEntity().build(),
                anEvidence().build(), aConsideration().build(), aClaim().build(), aBidEvidence().build(),
                aContradiction().build(), aStatusChange().build(), aBid().build(), aCopyRef().build(),
                somePieceCopies().build(), aDealState().build(), aBidUpdate().build(), aDeadLetter().build());
    }
}
