package io.claimstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCorpusTest {

    @TempDir
    Path dir;

    @Test
    void articlesKeepTheirFileOrderAndAnUnlabelledArticleIsAStoryOfItsOwn() throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), """
                {"id": "b", "text": "second piece"}

                {"id": "a", "text": "first piece"}
                """);
        Files.writeString(dir.resolve("labels.jsonl"), """
                {"id": "b", "story": "wire-story-1"}
                """);

        LabelledCorpus corpus = LabelledCorpus.read(dir);

        assertThat(corpus.ids()).containsExactly("b", "a");
        assertThat(corpus.story("b")).isEqualTo("wire-story-1");
        assertThat(corpus.story("a")).isEqualTo("unlabelled:a");
        assertThat(corpus.half("b")).isEqualTo(CorpusSplit.of("wire-story-1"));
    }

    @Test
    void aDirectoryWithoutLabelsIsNoLabelledCorpus() throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"a\"}\n");

        assertThat(LabelledCorpus.present(dir)).isFalse();
    }

    @Test
    void aRecordWithoutIdIsRejectedWithItsLine() throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, "{\"id\": \"a\"}\n{\"text\": \"no id\"}\n");

        assertThatThrownBy(() -> LabelledCorpus.readJsonl(file)).hasMessageContaining("articles.jsonl:2");
    }
}
