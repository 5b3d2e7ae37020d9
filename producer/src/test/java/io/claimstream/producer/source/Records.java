package io.claimstream.producer.source;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import java.util.ArrayList;
import java.util.List;

/** Collects what a source read, split into drafts and rejections. */
final class Records {

    final List<SourceRecord> all = new ArrayList<>();

    static Records readFrom(InputSource source) {
        Records records = new Records();
        source.read(records.all::add);
        return records;
    }

    List<ArticleDraft> drafts() {
        return all.stream().filter(r -> r instanceof SourceRecord.Parsed).map(r -> ((SourceRecord.Parsed) r).draft()).toList();
    }

    List<Rejection> rejections() {
        return all.stream().filter(r -> r instanceof SourceRecord.Rejected).map(r -> ((SourceRecord.Rejected) r).rejection()).toList();
    }
}
