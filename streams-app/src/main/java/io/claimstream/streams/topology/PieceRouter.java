package io.claimstream.streams.topology;

import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.PieceCopies;
import io.claimstream.schema.PieceDeals;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Credits the copies of an original piece to every deal the piece's claims went to, whichever arrives first: a piece's
 * deals (from its claims) and its copies (from the dedup notices) are remembered per piece, and each change sends the
 * piece's current copy list to the deals concerned. Both memories are window stores with the dedup retention: dedup
 * finds no copy of a piece older than that, so nothing new can arrive for it and its entries may expire. (Key-value
 * tables here would grow with every piece forever.)
 */
final class PieceRouter implements Processor<String, PieceRouter.Event, String, PieceCopies> {

    static final String DEALS_STORE = "piece-deals-recent";
    static final String COPIES_STORE = "piece-copies-recent";

    /** What the router hears about a piece; never serialised. */
    sealed interface Event {
    }

    /** A claim of the piece went to this deal. */
    record Deal(String dealId) implements Event {
    }

    /** The dedup stage found a copy of the piece. */
    record Copy(DuplicateNotice notice) implements Event {
    }

    private ProcessorContext<String, PieceCopies> context;
    private WindowStore<String, PieceDeals> deals;
    private WindowStore<String, PieceCopies> copies;

    @Override
    public void init(ProcessorContext<String, PieceCopies> context) {
        this.context = context;
        this.deals = context.getStateStore(DEALS_STORE);
        this.copies = context.getStateStore(COPIES_STORE);
    }

    /**
     * Where an update of a piece is written: over the piece's existing entry (one entry per piece, aged from when the
     * piece was first heard of), else at the record's time. Writing an update at its own record time instead would
     * hide it behind a newer entry whenever events arrive out of time order, as they do after a restart.
     */
    private static long slot(KeyValue<Long, ?> existing, Record<String, Event> record) {
        return existing == null ? record.timestamp() : existing.key;
    }

    @Override
    public void process(Record<String, Event> record) {
        String pieceId = record.key();
        if (pieceId == null) {
            return;
        }
        KeyValue<Long, PieceDeals> dealsEntry = WindowStores.newestEntry(deals, pieceId);
        KeyValue<Long, PieceCopies> copiesEntry = WindowStores.newestEntry(copies, pieceId);
        PieceDeals knownDeals = dealsEntry == null ? null : dealsEntry.value;
        PieceCopies knownCopies = copiesEntry == null ? null : copiesEntry.value;
        if (record.value() instanceof Deal deal) {
            PieceDeals updated = PieceDealsAggregator.add(pieceId, deal.dealId(), knownDeals);
            if (updated == knownDeals) {
                return;
            }
            deals.put(pieceId, updated, slot(dealsEntry, record));
            if (knownCopies != null) {
                context.forward(record.withKey(deal.dealId()).withValue(knownCopies));
            }
        } else if (record.value() instanceof Copy copy) {
            PieceCopies updated = PieceCopiesAggregator.add(pieceId, copy.notice(), knownCopies);
            if (updated == knownCopies) {
                return;
            }
            copies.put(pieceId, updated, slot(copiesEntry, record));
            if (knownDeals != null) {
                for (String dealId : knownDeals.getDealIds()) {
                    context.forward(record.withKey(dealId).withValue(updated));
                }
            }
        }
    }
}
