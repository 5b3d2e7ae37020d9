package io.claimstream.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.testing.Fixtures;
import io.claimstream.schema.Origin;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StdinSourceTest {

    @Test
    void inputStartingWithABraceIsReadAsJsonLines() {
        byte[] in = "\n  {\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"two\"}\n".getBytes(StandardCharsets.UTF_8);

        Records records = Records.readFrom(StdinSource.of(in, StdinSource.Format.AUTO, 1 << 20));

        assertThat(records.drafts()).extracting(ArticleDraft::id).containsExactly("s1", "s2");
        assertThat(records.drafts()).extracting(ArticleDraft::origin).containsOnly(Origin.STDIN);
        assertThat(records.drafts().get(0).source()).isEqualTo("stdin:2");
    }

    @Test
    void anyOtherInputIsOneTextArticle() {
        byte[] in = ("Headline here\n" + Fixtures.ENGLISH_TEXT).getBytes(StandardCharsets.UTF_8);

        Records records = Records.readFrom(StdinSource.of(in, StdinSource.Format.AUTO, 1 << 20));

        assertThat(records.drafts()).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Headline here");
            assertThat(d.text()).isEqualTo(Fixtures.ENGLISH_TEXT);
            assertThat(d.id()).isNull();
        });
    }

    @Test
    void theFormatCanBeForced() {
        byte[] in = "{not json, but a headline}\nbody".getBytes(StandardCharsets.UTF_8);

        Records records = Records.readFrom(StdinSource.of(in, StdinSource.Format.TEXT, 1 << 20));

        assertThat(records.drafts()).singleElement().extracting(ArticleDraft::title).isEqualTo("{not json, but a headline}");
    }
}
