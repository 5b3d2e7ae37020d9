package io.claimstream.dedup;

import static io.claimstream.dedup.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignmentTest {

    private static final List<String> TEXTS = List.of(NewsFixtures.ORIGINAL, NewsFixtures.IN_OTHER_CHROME,
            NewsFixtures.ATTRIBUTED_REWRITE, NewsFixtures.SYNONYM_SPUN, NewsFixtures.TEASER, NewsFixtures.CITING_REPORT,
            NewsFixtures.INDEPENDENT_REPORT, NewsFixtures.INDEPENDENT_REPORT_NAMING_EVERYONE, NewsFixtures.UNRELATED,
            NewsFixtures.ORIGINAL + NewsFixtures.UNRELATED, NewsFixtures.TEASER + NewsFixtures.CITING_REPORT);

    private final FingerprintExtractor extractor = new FingerprintExtractor();

    @Test
    void indexingTheShorterGivesTheSameAlignmentAsIndexingTheLonger() {
        List<Fingerprint> fps = TEXTS.stream().map(t -> extractor.extract(article("x").text(t).build())).toList();
        int compared = 0;
        for (Fingerprint a : fps) {
            for (Fingerprint b : fps) {
                if (a.sentenceWords().length <= b.sentenceWords().length) {
                    assertThat(SentenceAlignment.hasDistinctWords(a)).isTrue();
                    SentenceAlignment indexedShorter =
                            SentenceAlignment.ofIndexedShorter(a, new SentenceIndex(a.sentenceWords()), b);

                    assertThat(indexedShorter).isEqualTo(SentenceAlignment.of(a, b));
                    assertThat(new Probe(a).alignmentWith(b)).isEqualTo(SentenceAlignment.of(a, b));
                    // Of equal lengths the article being decided counts as the shorter.
                    assertThat(new Probe(b).alignmentWith(a)).isEqualTo(
                            b.sentenceWords().length <= a.sentenceWords().length
                                    ? SentenceAlignment.of(b, a) : SentenceAlignment.of(a, b));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(TEXTS.size());
    }
}
