package io.claimstream.producer.pipeline;

import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import java.util.function.Consumer;

/**
 * The middle of the producer: takes what sources read, assembles articles, publishes them or dead-letters the
 * rejections, and keeps the counts. Every rejection also yields one human-readable line for {@code errorLines}.
 */
public final class IngestPipeline implements Consumer<SourceRecord> {

    private final ArticleAssembler assembler;
    private final ArticleSink sink;
    private final DeadLetters deadLetters;
    private final RunStats stats;
    private final ProgressReporter progress;
    private final Consumer<String> errorLines;

    public IngestPipeline(ArticleAssembler assembler, ArticleSink sink, DeadLetters deadLetters, RunStats stats,
                          ProgressReporter progress, Consumer<String> errorLines) {
        this.assembler = assembler;
        this.sink = sink;
        this.deadLetters = deadLetters;
        this.stats = stats;
        this.progress = progress;
        this.errorLines = errorLines;
    }

    @Override
    public void accept(SourceRecord record) {
        if (record instanceof SourceRecord.Rejected r) {
            reject(r.rejection(), record.inputBytes());
        } else if (record instanceof SourceRecord.Parsed p) {
            Assembly assembly = assembler.assemble(p.draft());
            if (assembly instanceof Assembly.Ready ready) {
                sink.publish(ready.article());
                stats.countPublished(ready.article().inputBytes());
            } else if (assembly instanceof Assembly.Refused refused) {
                reject(refused.rejection(), record.inputBytes());
            }
        }
        progress.update(stats);
    }

    private void reject(Rejection rejection, long inputBytes) {
        sink.reject(rejection, deadLetters.of(rejection));
        stats.countRejected(rejection.reason().code(), inputBytes);
        errorLines.accept(rejection.oneLine());
    }

    /** Flushes the sink; true when no send has failed so far (feed state may then be saved). */
    public boolean flushAndCheck() {
        long before = sink.deliveryFailures();
        sink.flush();
        return sink.deliveryFailures() == 0 && before == 0;
    }

    public RunStats stats() {
        return stats;
    }
}
