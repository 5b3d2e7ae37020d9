package io.claimstream.bench.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything one end-to-end run needs.
 *
 * @param articles         articles in the throughput backlog
 * @param duplicateRate    share of planted copies
 * @param dealShare        share of originals carrying a seed deal passage
 * @param partitions       partitions of every topic (the dedup-sequence topic always has one)
 * @param instances        claimstream app instances, in this JVM
 * @param threads          stream threads per instance (pass-through app too)
 * @param brokerRecords    records for the broker-limit phase (at least {@code articles})
 * @param latencySeconds   duration of the fixed-load latency phase
 * @param history          unique articles pre-filled after the measurements, for the dedup-history heap figure; 0 skips
 * @param bootstrapServers null to start a local stack
 * @param registryUrl      null to start a local stack
 * @param dataDir          local stack and state dirs
 * @param corpusRoot       where to look for reuters*.arff
 * @param installCorpus    apt-get install weka when the corpus is missing
 * @param seedsDir         seed articles with deal claims
 * @param seed             generator seed
 * @param appOverrides     claimstream config keys for the measured apps (e.g. kafka.streams.commit.interval.ms)
 */
public record BenchSettings(int articles, double duplicateRate, double dealShare, int partitions, int instances, int threads,
                            long brokerRecords, int latencySeconds, int history, String bootstrapServers,
                            String registryUrl, Path dataDir, Path corpusRoot, boolean installCorpus, Path seedsDir,
                            long seed, Map<String, String> appOverrides) {

    public BenchSettings {
        appOverrides = Map.copyOf(appOverrides);
    }

    public boolean localStack() {
        return bootstrapServers == null;
    }
}
