package io.claimstream.producer.source;

import io.claimstream.producer.http.FetchResult;
import io.claimstream.producer.http.HttpFetcher;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import io.claimstream.producer.model.SourceRecord;
import io.claimstream.schema.Origin;
import java.util.Locale;
import java.util.function.Consumer;

/** A web page by URL: fetched once, main text extracted. */
public final class PageSource implements InputSource {

    static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    private final HttpFetcher fetcher;
    private final String url;

    public PageSource(HttpFetcher fetcher, String url) {
        this.fetcher = fetcher;
        this.url = url;
    }

    @Override
    public void read(Consumer<SourceRecord> out) {
        FetchResult result = fetcher.get(url, ACCEPT);
        if (result instanceof FetchResult.Failed f) {
            out.accept(FetchFailures.toRecord(f, Origin.PAGE));
            return;
        }
        if (!(result instanceof FetchResult.Fetched page)) {
            return;
        }
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.contains("xml") && !type.startsWith("text/")) {
            out.accept(SourceRecord.rejected(Rejection.of(RejectReason.NO_EXTRACTABLE_TEXT,
                    "content type " + page.contentType() + " is not an HTML page", url, Origin.PAGE, page.body())));
            return;
        }
        out.accept(PageExtractor.extract(page.body(), url, page.finalUrl(), charsetOf(page.contentType())));
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").strip();
                return java.nio.charset.Charset.isSupported(cs) ? cs : null;
            }
        }
        return null;
    }
}
