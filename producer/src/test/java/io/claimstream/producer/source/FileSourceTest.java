package io.claimstream.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.testing.Fixtures;
import io.claimstream.schema.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    @TempDir
    Path dir;

    @Test
    void aTextFilesFirstLineIsTheHeadlineAndTheRestTheText() throws IOException {
        Path file = write("story.txt", "  Council approves budget  \n\n" + Fixtures.ENGLISH_TEXT + "\n");

        ArticleDraft draft = Records.readFrom(new FileSource(file, 1 << 20)).drafts().get(0);

        assertThat(draft.title()).isEqualTo("Council approves budget");
        assertThat(draft.text()).isEqualTo(Fixtures.ENGLISH_TEXT);
        assertThat(draft.origin()).isEqualTo(Origin.FILE);
        assertThat(draft.id()).isEqualTo("file:story.txt");
        assertThat(draft.publishedAt()).isNull();
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrderWithIdsFromTheirRelativePath() throws IOException {
        write("inbox/b.txt", "B\n" + Fixtures.ENGLISH_TEXT);
        write("inbox/a.txt", "A\n" + Fixtures.ENGLISH_TEXT);
        write("inbox/deeper/c.md", "C\n" + Fixtures.ENGLISH_TEXT);
        write("inbox/.hidden.txt", "hidden\n" + Fixtures.ENGLISH_TEXT);
        write("inbox/picture.png", "not taken");

        List<ArticleDraft> drafts = Records.readFrom(new FileSource(dir.resolve("inbox"), 1 << 20)).drafts();

        assertThat(drafts).extracting(ArticleDraft::id)
                .containsExactly("file:inbox/a.txt", "file:inbox/b.txt", "file:inbox/deeper/c.md");
    }

    @Test
    void jsonLinesFilesInsideDirectoriesAreReadAsJsonLines() throws IOException {
        write("mixed/x.jsonl", "{\"id\":\"j1\",\"text\":\"hello\"}\n");

        assertThat(Records.readFrom(new FileSource(dir.resolve("mixed"), 1 << 20)).drafts())
                .extracting(ArticleDraft::id).containsExactly("j1");
    }

    @Test
    void theSeedsParseWithTheirHeadlineAsTitle() throws IOException {
        Path seeds = Path.of("../samples/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "samples/seeds not present");

        List<ArticleDraft> drafts = Records.readFrom(new FileSource(seeds, 1 << 20)).drafts();

        assertThat(drafts).hasSize(3);
        for (ArticleDraft draft : drafts) {
            String firstLine = Files.readString(seeds.resolve(draft.id().substring("file:seeds/".length())))
                    .lines().findFirst().orElseThrow().strip();
            assertThat(draft.title()).isEqualTo(firstLine);
            assertThat(draft.text()).isNotBlank().doesNotStartWith(firstLine);
        }
        assertThat(drafts.get(0).title()).startsWith("Democratic Republic of Congo negotiates");
    }

    @Test
    void invalidUtf8IsRejectedWithItsBytes() throws IOException {
        byte[] latin1 = ("Caf\u00e9\n" + Fixtures.FRENCH_TEXT).getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);

        var rejection = Records.readFrom(new FileSource(file, 1 << 20)).rejections().get(0);

        assertThat(rejection.reason()).isEqualTo(RejectReason.INVALID_UTF8);
        assertThat(rejection.source()).isEqualTo(file.toString());
        assertThat(rejection.originalBytes()).isEqualTo(latin1);
    }

    @Test
    void binaryFilesAreRejectedAsBinary() throws IOException {
        Path file = Files.write(dir.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

        assertThat(Records.readFrom(new FileSource(file, 1 << 20)).rejections())
                .extracting(r -> r.reason()).containsExactly(RejectReason.BINARY_CONTENT);
    }

    @Test
    void filesOverTheCapAreRejectedWithoutReadingThemWhole() throws IOException {
        Path file = write("big.txt", "Big\n" + "word ".repeat(1000));

        var rejection = Records.readFrom(new FileSource(file, 1000)).rejections().get(0);

        assertThat(rejection.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(rejection.errorMessage()).contains("over the cap of 1000");
    }

    @Test
    void aMissingPathIsRejectedAsUnreadable() {
        assertThat(Records.readFrom(new FileSource(dir.resolve("nope.txt"), 1000)).rejections())
                .extracting(r -> r.reason()).containsExactly(RejectReason.UNREADABLE);
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
