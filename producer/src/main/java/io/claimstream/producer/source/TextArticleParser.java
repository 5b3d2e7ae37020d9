package io.claimstream.producer.source;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.producer.text.StrictUtf8;
import io.claimstream.schema.Origin;
import java.util.Map;

/** A plain-text article: the first non-blank line is the headline, the rest is the body. */
public final class TextArticleParser {

    private TextArticleParser() {
    }

    public static SourceRecord parse(byte[] bytes, String id, Origin origin, String originRef, String source) {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded instanceof StrictUtf8.Binary b) {
            return SourceRecord.rejected(Rejection.of(RejectReason.BINARY_CONTENT, b.why(), source, origin, bytes));
        }
        if (decoded instanceof StrictUtf8.Invalid i) {
            return SourceRecord.rejected(Rejection.of(RejectReason.INVALID_UTF8, i.why(), source, origin, bytes));
        }
        String content = ((StrictUtf8.Text) decoded).value().replace("\r\n", "\n").replace('\r', '\n').strip();
        int newline = content.indexOf('\n');
        String title = newline < 0 ? content : content.substring(0, newline).strip();
        String body = newline < 0 ? "" : content.substring(newline + 1).strip();
        return SourceRecord.parsed(new ArticleDraft(id, null, null, title, body, null, origin, originRef, source,
                Map.of(), bytes));
    }
}
