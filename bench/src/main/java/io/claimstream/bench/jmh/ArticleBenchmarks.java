package io.claimstream.bench.jmh;

import io.claimstream.claims.ClaimExtractor;
import io.claimstream.claims.ExtractionResult;
import io.claimstream.dedup.Fingerprint;
import io.claimstream.dedup.FingerprintExtractor;
import io.claimstream.schema.Article;
import io.claimstream.text.ContentHash;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Per-article costs of the stateless stages: text normalisation, fingerprinting, claim extraction. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArticleBenchmarks {

    /** A seed article (first line headline); empty for the bench's fixture article. */
    @Param("")
    public String seedFile;

    private Article article;
    private FingerprintExtractor fingerprints;
    private ClaimExtractor claims;

    @Setup
    public void setUp() {
        article = BenchTexts.article(seedFile);
        fingerprints = new FingerprintExtractor();
        claims = ClaimExtractor.withDefaultDomain();
    }

    @Benchmark
    public String normaliseText() {
        return ContentHash.normalise(article.getText());
    }

    @Benchmark
    public Fingerprint extractFingerprint() {
        return fingerprints.extract(article);
    }

    @Benchmark
    public ExtractionResult extractClaims() {
        return claims.extract(article);
    }
}
