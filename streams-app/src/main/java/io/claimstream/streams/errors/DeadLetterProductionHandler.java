package io.claimstream.streams.errors;

import io.claimstream.schema.DeadLetterStage;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * An output the broker refuses for good (too large, invalid) dead-letters the input that caused it; transient broker
 * errors are retried rather than dead-lettered.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private DeadLetterHandlerConfig config;

    @Override
    public void configure(Map<String, ?> configs) {
        config = DeadLetterHandlerConfig.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        if (TransientFailures.isTransient(exception)) {
            return Response.fail();
        }
        return Response.resume(config.deadLetter(DeadLetterStage.PRODUCTION, ctx, ctx.sourceRawKey(), ctx.sourceRawValue(),
                ctx.headers(), exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        if (TransientFailures.isTransient(exception)) {
            return Response.fail();
        }
        return Response.resume(config.deadLetter(DeadLetterStage.PRODUCTION, ctx, ctx.sourceRawKey(), ctx.sourceRawValue(),
                ctx.headers(), exception));
    }
}
