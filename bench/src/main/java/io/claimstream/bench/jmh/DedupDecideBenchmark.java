package io.claimstream.bench.jmh;

import io.claimstream.bench.corpus.CorpusLocator;
import io.claimstream.bench.corpus.TextSource;
import io.claimstream.bench.generate.ArticleGenerator;
import io.claimstream.dedup.Decision;
import io.claimstream.dedup.Deduplicator;
import io.claimstream.dedup.Fingerprint;
import io.claimstream.dedup.FingerprintExtractor;
import io.claimstream.schema.Article;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
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
 * Candidate lookup and decision against an in-memory index already holding {@code history} fingerprints. Probes are
 * the generator's next articles (20 % planted copies of recent ones); a probe decided again keeps its id, so the
 * index does not grow during the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DedupDecideBenchmark {

    private static final int PROBES = 1_000;

    @Param("100000")
    public int history;

    private Deduplicator deduplicator;
    private String[] probeIds;
    private Fingerprint[] probes;
    private int next;

    @Setup
    public void fill() {
        TextSource text = TextSource.load(CorpusLocator.DEFAULT_SEARCH_ROOT, false, null,
                new PrintStream(OutputStream.nullOutputStream()));
        // Short originals keep the 100k-fingerprint setup to seconds; the decision cost depends on bands, not length.
        ArticleGenerator generator = new ArticleGenerator(text, 0.2, 0, "h-", 7, 600, 600);
        FingerprintExtractor extractor = new FingerprintExtractor();
        deduplicator = Deduplicator.inMemory();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < history; i++) {
            Article a = generator.next(t.plusSeconds(i)).article();
            deduplicator.decide(a.getId(), extractor.extract(a));
        }
        probeIds = new String[PROBES];
        probes = new Fingerprint[PROBES];
        for (int i = 0; i < PROBES; i++) {
            Article a = generator.next(t.plusSeconds(history + i)).article();
            probeIds[i] = a.getId();
            probes[i] = extractor.extract(a);
        }
    }

    @Benchmark
    public Decision decide() {
        int i = next++ % PROBES;
        return deduplicator.decide(probeIds[i], probes[i]);
    }
}
