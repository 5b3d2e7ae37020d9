package io.claimstream.bench.jmh;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH micro-benchmarks with short settings (1 fork, 2 warm-up and 3 measured iterations of 1 s). */
public final class MicroBenchmarks {

    private MicroBenchmarks() {
    }

    public static int run(PrintStream out) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(MicroBenchmarks.class.getPackageName() + ".*Benchmark.*")
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx1g")
                .param("seedFile", seedFile())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        out.println();
        out.println("| micro-benchmark | time per op | error (99.9 %) |");
        out.println("|---|---:|---:|");
        for (RunResult r : results) {
            var score = r.getPrimaryResult();
            String name = r.getParams().getBenchmark().replaceFirst("^.*\\.jmh\\.", "");
            out.printf(Locale.ROOT, "| %s | %,.1f %s | ± %,.1f |%n", name, score.getScore(), score.getScoreUnit(),
                    score.getScoreError());
        }
        return 0;
    }

    /** The first seed article, when the seeds are where a checkout keeps them; else the fixture is used. */
    private static String seedFile() {
        String home = System.getProperty("claimstream.home", "");
        Path seeds = (home.isEmpty() ? Path.of("") : Path.of(home)).resolve("samples/seeds").toAbsolutePath();
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().map(Path::toString).orElse("");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    public static void main(String[] args) throws RunnerException {
        System.exit(run(System.out));
    }
}
