package io.claimstream.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimstream.schema.Article;
import io.claimstream.serde.AvroBinary;
import io.claimstream.streams.stages.DefaultStages;
import io.claimstream.streams.topology.ClaimstreamTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dev corpus (read from -Dclaimstream.corpus.dev, default /work/shared/corpus/dev; skipped when absent) through the
 * real topology in other arrival orders: the duplicate notices and deal states come out byte for byte the same.
 */
class CorpusDeterminismTest {

    private static final Path CORPUS = Path.of(System.getProperty("claimstream.corpus.dev", "/work/shared/corpus/dev"));
    private static ClaimstreamTopology.Stages stages;

    @BeforeAll
    static void loadStages() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("articles.jsonl")), "dev corpus not present at " + CORPUS);
        stages = DefaultStages.load();
    }

    @Test
    void anyInterleavingOfTheInputPartitionsGivesByteIdenticalNoticesAndDealStates() {
        CorpusRun.Outputs fileOrder = CorpusRun.run(CORPUS, stages);
        // Three lanes (key hash), fetched one after another, last lane first: what one task sees when lanes lag.
        CorpusRun.Outputs laneByLane = CorpusRun.run(CORPUS, stages, articles -> {
            List<Article> out = new ArrayList<>(articles);
            out.sort(Comparator.comparingInt(a -> 2 - Math.floorMod(a.getId().hashCode(), 3)));
            return out;
        });
        CorpusRun.Outputs shuffled = CorpusRun.run(CORPUS, stages, articles -> {
            List<Article> out = new ArrayList<>(articles);
            Collections.shuffle(out, new Random(17));
            return out;
        });

        assertThat(fileOrder.noticeLog()).hasSizeGreaterThan(20);
        assertThat(bytes(laneByLane.noticeLog())).isEqualTo(bytes(fileOrder.noticeLog()));
        assertThat(bytes(shuffled.noticeLog())).isEqualTo(bytes(fileOrder.noticeLog()));
        assertThat(bytes(laneByLane.dealLog())).isEqualTo(bytes(fileOrder.dealLog()));
        assertThat(bytes(shuffled.dealLog())).isEqualTo(bytes(fileOrder.dealLog()));
    }

    private static <T extends SpecificRecordBase> List<String> bytes(List<TestRecord<String, T>> records) {
        List<String> out = new ArrayList<>();
        for (TestRecord<String, T> r : records) {
            out.add(r.key() + "@" + r.timestamp() + "=" + HexFormat.of().formatHex(AvroBinary.encode(r.value())));
        }
        return out;
    }
}
