package io.claimstream.bench.jmh;

import io.claimstream.claims.ClaimExtractor;
import io.claimstream.claims.ExtractionResult;
import io.claimstream.schema.Article;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Claim extraction per article by the methods that read a parse (docs/parsers.md), beside
 * {@link ArticleBenchmarks#extractClaims} (the rules): what {@code claims.extractor=parse|union} costs a stream thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClaimMethodBenchmarks {

    @Param({"parse", "union"})
    public String extractor;

    private Article article;
    private ClaimExtractor claims;

    @Setup
    public void setUp() {
        article = BenchTexts.article("");
        claims = ClaimExtractor.withDefaultDomain(ClaimExtractor.Method.parse(extractor));
    }

    @Benchmark
    public ExtractionResult extractClaims() {
        return claims.extract(article);
    }
}
