package io.claimstream.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimstream.bench.corpus.SourceDocument;
import io.claimstream.bench.corpus.SyntheticText;
import io.claimstream.bench.corpus.TextSource;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    private static final List<List<String>> DEAL_PASSAGES = List.of(List.of(
            "The Democratic Republic of Congo offered the United States access to its minerals in exchange for security support.",
            "Officials in Kinshasa said talks were under way."));

    private final TextSource source = new TextSource(SyntheticText.documents(500, 7), DEAL_PASSAGES, "test", false);

    @Test
    void plantsTheRequestedDuplicateRateInEqualPartsOfEachKind() {
        ArticleGenerator generator = new ArticleGenerator(source, 0.3, 0.1, "t-", 42);
        Map<PlantedKind, Integer> counts = new EnumMap<>(PlantedKind.class);
        Set<String> originals = new HashSet<>();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            GeneratedArticle a = generator.next(Instant.EPOCH);
            counts.merge(a.kind(), 1, Integer::sum);
            if (a.kind() == PlantedKind.ORIGINAL) {
                originals.add(a.article().getId());
            } else {
                assertThat(originals).contains(a.copyOf());
            }
        }
        int copies = n - counts.get(PlantedKind.ORIGINAL);
        assertThat(copies / (double) n).isCloseTo(0.3, within(0.02));
        for (PlantedKind kind : List.of(PlantedKind.EXACT_COPY, PlantedKind.BOILERPLATE_COPY, PlantedKind.REWRITE)) {
            assertThat(counts.get(kind) / (double) copies).as(kind.name()).isCloseTo(1 / 3.0, within(0.04));
        }
    }

    @Test
    void exactCopiesKeepTheTextAndBoilerplateCopiesWrapIt() {
        ArticleGenerator generator = new ArticleGenerator(source, 0.5, 0, "t-", 1);
        Map<String, String> texts = new java.util.HashMap<>();
        boolean sawExact = false;
        boolean sawBoilerplate = false;
        for (int i = 0; i < 200; i++) {
            GeneratedArticle a = generator.next(Instant.EPOCH);
            String text = a.article().getText();
            switch (a.kind()) {
                case ORIGINAL -> texts.put(a.article().getId(), text);
                case EXACT_COPY -> {
                    assertThat(text).isEqualTo(texts.get(a.copyOf()));
                    sawExact = true;
                }
                case BOILERPLATE_COPY -> {
                    assertThat(text).contains(texts.get(a.copyOf())).isNotEqualTo(texts.get(a.copyOf()));
                    sawBoilerplate = true;
                }
                case REWRITE -> assertThat(text).isNotEqualTo(texts.get(a.copyOf()));
            }
        }
        assertThat(sawExact && sawBoilerplate).isTrue();
    }

    @Test
    void originalsAreRealSizeAndAShareCarriesADealPassage() {
        ArticleGenerator generator = new ArticleGenerator(source, 0, 0.2, "t-", 3);
        int deals = 0;
        for (int i = 0; i < 1_000; i++) {
            GeneratedArticle a = generator.next(Instant.EPOCH);
            assertThat(a.article().getText().length()).isBetween(1_800, 6_000);
            if (a.dealBearing()) {
                deals++;
                assertThat(a.article().getText()).contains("in exchange for security support");
            }
        }
        assertThat(deals / 1_000.0).isCloseTo(0.2, within(0.04));
    }

    @Test
    void sameSeedGivesTheSameArticles() {
        SourceDocument first = source.documents().get(0);
        assertThat(first.sentences()).isNotEmpty();
        ArticleGenerator a = new ArticleGenerator(source, 0.2, 0.1, "t-", 9);
        ArticleGenerator b = new ArticleGenerator(source, 0.2, 0.1, "t-", 9);
        for (int i = 0; i < 50; i++) {
            assertThat(a.next(Instant.EPOCH).article()).isEqualTo(b.next(Instant.EPOCH).article());
        }
    }
}
