package io.claimstream.streams.topology;

import io.claimstream.schema.BidUpdate;
import io.claimstream.schema.DealState;
import io.claimstream.streams.metrics.PipelineMetrics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns successive deal states into the bid-level change events downstream services react to. It keeps the last
 * state it compared against, because a KTable's change stream carries only the new value.
 */
final class BidUpdateDetector implements Processor<String, DealState, String, BidUpdate> {

    private final DealStage stage;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, BidUpdate> context;
    private KeyValueStore<String, DealState> previous;

    BidUpdateDetector(DealStage stage, PipelineMetrics metrics) {
        this.stage = stage;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, BidUpdate> context) {
        this.context = context;
        this.previous = context.getStateStore(ClaimstreamTopology.BID_PREVIOUS_STORE);
    }

    @Override
    public void process(Record<String, DealState> record) {
        if (record.value() == null) {
            return;
        }
        DealState before = previous.get(record.key());
        List<BidUpdate> updates = stage.updates(before, record.value());
        previous.put(record.key(), record.value());
        metrics.dealUpdated();
        // The record's timestamp is the publish time of the article that caused this change.
        metrics.endToEnd(Duration.ofMillis(context.currentSystemTimeMs() - record.timestamp()));
        for (BidUpdate update : updates) {
            metrics.bidUpdate(update.getKind().name());
            if (update.getKind() == io.claimstream.schema.BidUpdateKind.NEW_CONTRADICTION) {
                metrics.contradiction("bid");
            }
            context.forward(record.withValue(update));
        }
    }
}
