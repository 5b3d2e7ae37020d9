package io.claimstream.streams.errors;

import io.claimstream.schema.DeadLetterStage;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * An unexpected exception in a processor (a bug, or input no rule foresaw) dead-letters the source record with its
 * original bytes; the task goes on with the next record.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private DeadLetterHandlerConfig config;

    @Override
    public void configure(Map<String, ?> configs) {
        config = DeadLetterHandlerConfig.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception exception) {
        if (TransientFailures.isTransient(exception)) {
            return Response.fail();
        }
        return Response.resume(config.deadLetter(DeadLetterStage.PROCESSING, ctx, ctx.sourceRawKey(), ctx.sourceRawValue(),
                ctx.headers(), exception));
    }
}
