package io.claimstream.producer.source;

import io.claimstream.producer.http.FetchResult;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.schema.Origin;

/** A failed fetch as a rejection: named by the URL the user gave, carrying whatever body the server sent. */
final class FetchFailures {

    private FetchFailures() {
    }

    static Rejection toRejection(FetchResult.Failed f, Origin origin) {
        return new Rejection(f.reason(), f.errorClass(), f.message(), f.requestedUrl(), origin, f.body());
    }

    static SourceRecord toRecord(FetchResult.Failed f, Origin origin) {
        return SourceRecord.rejected(toRejection(f, origin));
    }
}
