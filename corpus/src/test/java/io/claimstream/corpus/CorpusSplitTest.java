package io.claimstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusSplitTest {

    @Test
    void aStoryAlwaysFallsInTheSameHalf() {
        assertThat(CorpusSplit.of("reuters-tshisekedi-foxnews-minerals-for-security-2025-03-19")).isEqualTo(Half.TUNE);
        assertThat(CorpusSplit.of("afp-al-mansour-holding-21bn-drc-2025-09-03")).isEqualTo(Half.CHECK);
    }

    @Test
    void storiesSpreadOverBothHalves() {
        long check = IntStream.range(0, 1000).mapToObj(i -> CorpusSplit.of("story-" + i)).filter(h -> h == Half.CHECK).count();
        assertThat(check).isBetween(430L, 570L);
    }
}
