package io.claimstream.streams.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/**
 * The domain metrics of the pipeline. Names are part of the operator contract (the Grafana dashboard queries them),
 * so they are fixed here and tested against a scrape.
 */
public final class PipelineMetrics {

    public static final String ARTICLES_IN = "claimstream.articles.in";
    public static final String DUPLICATES = "claimstream.duplicates";
    public static final String REDELIVERED = "claimstream.articles.redelivered";
    public static final String UNIQUE_ARTICLES = "claimstream.articles.unique";
    public static final String CLAIMS = "claimstream.claims";
    public static final String CLAIMS_SKIPPED = "claimstream.claims.skipped.articles";
    public static final String DEALS_UPDATED = "claimstream.deals.updated";
    public static final String BID_UPDATES = "claimstream.bid.updates";
    public static final String CONTRADICTIONS = "claimstream.contradictions";
    public static final String DEAD_LETTERS = "claimstream.dead.letters";
    public static final String END_TO_END = "claimstream.end.to.end.latency";

    private final MeterRegistry registry;
    private final Counter articlesIn;
    private final Counter uniqueArticles;
    private final Counter dealsUpdated;
    private final Timer endToEnd;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.articlesIn = Counter.builder(ARTICLES_IN).description("Articles accepted by the intake stage").register(registry);
        this.uniqueArticles = Counter.builder(UNIQUE_ARTICLES).description("Articles judged original pieces").register(registry);
        this.dealsUpdated = Counter.builder(DEALS_UPDATED).description("Deal state changes published").register(registry);
        this.endToEnd = Timer.builder(END_TO_END)
                .description("From the article's ingest time to the deal update it caused")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    public static PipelineMetrics noop() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void articleIn() {
        articlesIn.increment();
    }

    public void redelivered() {
        registry.counter(REDELIVERED).increment();
    }

    public void unique() {
        uniqueArticles.increment();
    }

    public void duplicate(String kind) {
        registry.counter(DUPLICATES, "kind", kind).increment();
    }

    public void claim(String action) {
        registry.counter(CLAIMS, "action", action).increment();
    }

    public void claimsSkipped(String reason) {
        registry.counter(CLAIMS_SKIPPED, "reason", reason).increment();
    }

    public void dealUpdated() {
        dealsUpdated.increment();
    }

    public void bidUpdate(String kind) {
        registry.counter(BID_UPDATES, "kind", kind).increment();
    }

    public void contradiction(String kind) {
        registry.counter(CONTRADICTIONS, "kind", kind).increment();
    }

    public void deadLetter(String stage, String reason) {
        registry.counter(DEAD_LETTERS, "stage", stage, "reason", reason).increment();
    }

    public void endToEnd(Duration latency) {
        if (!latency.isNegative()) {
            endToEnd.record(latency);
        }
    }
}
