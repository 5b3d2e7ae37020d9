package io.claimstream.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.producer.model.ArticleDraft;
import io.claimstream.producer.model.RejectReason;
import io.claimstream.producer.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {

    @TempDir
    Path dir;

    @Test
    void corpusFormatLinesBecomeDraftsWithTheirOwnIds() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "a1", "url": "https://www.example.com/x?utm_source=y", "source": "example.com", "title": "T", "published": "2025-03-19", "lang": "en", "text": "Body one"}

                {"id": "a2", "url": null, "source": null, "title": "", "published": null, "lang": "fr", "text": "Body two"}
                """);

        Records records = Records.readFrom(JsonLinesSource.ofFile(file, 1 << 20));

        assertThat(records.rejections()).isEmpty();
        assertThat(records.drafts()).extracting(ArticleDraft::id).containsExactly("a1", "a2");
        ArticleDraft first = records.drafts().get(0);
        assertThat(first.url()).isEqualTo("https://www.example.com/x?utm_source=y");
        assertThat(first.sourceDomain()).isEqualTo("example.com");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-03-19T00:00:00Z"));
        assertThat(first.attributes()).containsEntry("declaredLanguage", "en");
        assertThat(first.source()).isEqualTo(file + ":1");
        assertThat(records.drafts().get(1).publishedAt()).isNull();
        assertThat(records.drafts().get(1).source()).isEqualTo(file + ":3");
    }

    @Test
    void eachBadLineIsRejectedOnItsOwnWithItsLineNumberAndBytes() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write("{\"id\":\"ok1\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        byte[] broken = "{\"id\": \"broken\", \"text\": ".getBytes(StandardCharsets.UTF_8);
        content.write(broken);
        content.write('\n');
        byte[] latin1 = "{\"id\":\"l1\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        content.write(latin1);
        content.write('\n');
        content.write("[1,2,3]\n".getBytes(StandardCharsets.UTF_8));
        content.write("{\"id\":\"ok2\",\"text\":\"fine too\"}".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.jsonl"), content.toByteArray());

        Records records = Records.readFrom(JsonLinesSource.ofFile(file, 1 << 20));

        assertThat(records.drafts()).extracting(ArticleDraft::id).containsExactly("ok1", "ok2");
        assertThat(records.rejections()).extracting(Rejection::reason, Rejection::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RejectReason.MALFORMED_JSON, file + ":2"),
                org.assertj.core.groups.Tuple.tuple(RejectReason.INVALID_UTF8, file + ":3"),
                org.assertj.core.groups.Tuple.tuple(RejectReason.MALFORMED_JSON, file + ":4"));
        assertThat(records.rejections().get(0).originalBytes()).isEqualTo(broken);
        assertThat(records.rejections().get(1).originalBytes()).isEqualTo(latin1);
    }

    @Test
    void linesOverTheCapAreRejectedAndTheNextLineStillReads() throws IOException {
        String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}";
        Path file = Files.writeString(dir.resolve("big.jsonl"), big + "\n{\"id\":\"small\",\"text\":\"ok\"}\n");

        Records records = Records.readFrom(JsonLinesSource.ofFile(file, 1000));

        assertThat(records.rejections()).extracting(Rejection::reason).containsExactly(RejectReason.TOO_LARGE);
        assertThat(records.rejections().get(0).originalBytes()).hasSize(1001);
        assertThat(records.drafts()).extracting(ArticleDraft::id).containsExactly("small");
    }

    @Test
    void windowsLineEndingsAreAccepted() throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.jsonl"), "{\"id\":\"w1\",\"text\":\"a\"}\r\n{\"id\":\"w2\",\"text\":\"b\"}\r\n");

        assertThat(Records.readFrom(JsonLinesSource.ofFile(file, 1000)).drafts()).extracting(ArticleDraft::id)
                .containsExactly("w1", "w2");
    }
}
