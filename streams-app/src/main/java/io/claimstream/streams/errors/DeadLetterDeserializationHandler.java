package io.claimstream.streams.errors;

import io.claimstream.schema.DeadLetterStage;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** A record that cannot be decoded (bad magic byte, unknown schema id, truncated Avro) goes to the dead-letter topic. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private DeadLetterHandlerConfig config;

    @Override
    public void configure(Map<String, ?> configs) {
        config = DeadLetterHandlerConfig.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (TransientFailures.isTransient(exception)) {
            return Response.fail();
        }
        return Response.resume(config.deadLetter(DeadLetterStage.DESERIALIZATION, ctx, record.key(), record.value(),
                record.headers(), exception));
    }
}
