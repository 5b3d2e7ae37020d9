package io.claimstream.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimstream.producer.pipeline.RecordHeaders;
import io.claimstream.producer.testing.CapturingPublishers;
import io.claimstream.producer.testing.FeedFixtures;
import io.claimstream.producer.testing.Fixtures;
import io.claimstream.producer.testing.LocalHttpServer;
import io.claimstream.producer.testing.LocalHttpServer.Reply;
import io.claimstream.producer.testing.MutableClock;
import io.claimstream.schema.Article;
import io.claimstream.schema.DeadLetter;
import io.claimstream.schema.DeadLetterStage;
import io.claimstream.schema.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProduceCommandTest {

    @TempDir
    Path dir;

    private CapturingPublishers kafka = new CapturingPublishers();
    private final MutableClock clock = MutableClock.at("2026-02-03T04:05:06Z");
    private final StringWriter err = new StringWriter();
    private final LocalHttpServer server = new LocalHttpServer();
    private final List<Duration> sleeps = new ArrayList<>();

    ProduceCommandTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(ProduceCommand command, byte[] stdin, String... args) {
        command.withClock(clock).withStdin(new ByteArrayInputStream(stdin)).withSleeper(d -> {
            sleeps.add(d);
            clock.advance(d);
        });
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--progress", "NONE", "--state-dir", dir.resolve("state").toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    private int run(String... args) {
        return run(new ProduceCommand(kafka), new byte[0], args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void everyBadInputBecomesADeadLetterWithItsReasonAndOriginalBytesWhileGoodInputsStillArrive() throws IOException {
        write("in/good.txt", "Council approves budget\n" + Fixtures.ENGLISH_TEXT);
        byte[] empty = "Just a headline\n   \n\t\n".getBytes(StandardCharsets.UTF_8);
        write("in/empty.txt", empty);
        write("in/blank.txt", "   \n ");
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1};
        write("in/binary.txt", binary);
        byte[] latin1 = ("Caf\u00e9\n" + Fixtures.FRENCH_TEXT).getBytes(StandardCharsets.ISO_8859_1);
        write("in/latin1.txt", latin1);
        write("in/huge.txt", "Huge\n" + "word ".repeat(2000));
        String malformed = "{\"id\": \"m1\", \"text\": oops}";
        write("in/lines.jsonl", "{\"id\":\"j1\",\"url\":\"https://www.example.com/j1?fbclid=z\",\"text\":\""
                + Fixtures.SECOND_ENGLISH_TEXT + "\"}\n" + malformed + "\n");
        server.serve("/not-a-feed", Reply.ok("text/html", "<html><body>no feed here"));
        server.serve("/empty-page", Reply.ok("text/html", "<html><body><img src=x.png></body></html>"));
        server.serve("/error-page", new Reply(500, Map.of(), "boom".getBytes(StandardCharsets.UTF_8)));

        int exit = run(dir.resolve("in").toString(), "--max-bytes", "5000",
                "--feed", server.url("/not-a-feed"), "--page", server.url("/empty-page"), server.url("/error-page"));

        assertThat(exit).isEqualTo(2);
        assertThat(kafka.articles()).extracting(r -> r.value().getId()).containsExactlyInAnyOrder("file:in/good.txt", "j1");
        Map<String, DeadLetter> bySource = kafka.deadLetters().stream()
                .collect(Collectors.toMap(ProducerRecord::key, ProducerRecord::value));
        assertThat(bySource.values()).extracting(DeadLetter::getStage).containsOnly(DeadLetterStage.INGEST);
        assertThat(bySource).hasSize(9);
        assertThat(bySource.get(dir.resolve("in/empty.txt").toString()).getReason()).isEqualTo("empty-text");
        assertThat(bytes(bySource.get(dir.resolve("in/empty.txt").toString()).getValue())).isEqualTo(empty);
        assertThat(bySource.get(dir.resolve("in/blank.txt").toString()).getReason()).isEqualTo("empty-text");
        assertThat(bySource.get(dir.resolve("in/binary.txt").toString()).getReason()).isEqualTo("binary-content");
        assertThat(bytes(bySource.get(dir.resolve("in/binary.txt").toString()).getValue())).isEqualTo(binary);
        assertThat(bySource.get(dir.resolve("in/latin1.txt").toString()).getReason()).isEqualTo("invalid-utf8");
        assertThat(bytes(bySource.get(dir.resolve("in/latin1.txt").toString()).getValue())).isEqualTo(latin1);
        assertThat(bySource.get(dir.resolve("in/huge.txt").toString()).getReason()).isEqualTo("too-large");
        DeadLetter badJson = bySource.get(dir.resolve("in/lines.jsonl") + ":2");
        assertThat(badJson.getReason()).isEqualTo("malformed-json");
        assertThat(badJson.getErrorClass()).contains("Json");
        assertThat(bytes(badJson.getValue())).isEqualTo(malformed.getBytes(StandardCharsets.UTF_8));
        assertThat(bySource.get(server.url("/not-a-feed")).getReason()).isEqualTo("not-a-feed");
        assertThat(bySource.get(server.url("/empty-page")).getReason()).isEqualTo("no-extractable-text");
        assertThat(bySource.get(server.url("/error-page")).getReason()).isEqualTo("http-status");
        assertThat(bytes(bySource.get(server.url("/error-page")).getValue())).asString().isEqualTo("boom");
        assertThat(bySource.values()).extracting(DeadLetter::getFailedAt).containsOnly(clock.instant());

        String output = err.toString();
        assertThat(output).contains("rejected " + dir.resolve("in/lines.jsonl") + ":2: malformed-json: ",
                "rejected " + server.url("/error-page") + ": http-status: HTTP 500");
        assertThat(output).contains("2 published, 9 rejected (binary-content: 1, empty-text: 2, http-status: 1, "
                + "invalid-utf8: 1, malformed-json: 1, no-extractable-text: 1, not-a-feed: 1, too-large: 1)");
        assertThat(output).containsPattern("articles/s, [0-9.]+ MB/s");
    }

    @Test
    void articlesAreKeyedByCanonicalUrlAndCarryProvenanceHeaders() throws IOException {
        Path lines = write("a.jsonl", "{\"id\":\"j1\",\"url\":\"https://www.example.com/j1?fbclid=z#x\",\"published\":"
                + "\"2025-03-19\",\"text\":\"" + Fixtures.SECOND_ENGLISH_TEXT + "\"}\n{\"id\":\"j2\",\"text\":\"no url\"}\n");

        assertThat(run(lines.toString())).isZero();

        ProducerRecord<String, Article> first = kafka.articles().get(0);
        assertThat(first.topic()).isEqualTo("articles.raw.v1");
        assertThat(first.key()).isEqualTo("https://example.com/j1");
        assertThat(first.value().getOrigin()).isEqualTo(Origin.JSONL);
        assertThat(first.value().getIngestedAt()).isEqualTo(clock.instant());
        assertThat(first.value().getPublishedAt()).isEqualTo(Instant.parse("2025-03-19T00:00:00Z"));
        assertThat(header(first, RecordHeaders.ORIGIN)).isEqualTo("JSONL");
        assertThat(header(first, RecordHeaders.ORIGIN_REF)).isEqualTo(lines.toString());
        assertThat(header(first, RecordHeaders.PRODUCER_VERSION)).isEqualTo(ProducerVersion.version()).isNotBlank();
        assertThat(kafka.articles().get(1).key()).isEqualTo("j2");
    }

    @Test
    void aPinnedIngestTimeMakesTwoRunsOfOneCorpusPublishIdenticalEvents() throws IOException {
        Path lines = write("a.jsonl", "{\"id\":\"j1\",\"text\":\"" + Fixtures.SECOND_ENGLISH_TEXT + "\"}\n");

        assertThat(run(lines.toString(), "--ingested-at", "2025-07-01T00:00:00Z")).isZero();
        Article first = kafka.articles().get(0).value();
        kafka = new CapturingPublishers();
        clock.advance(Duration.ofHours(5));
        assertThat(run(lines.toString(), "--ingested-at", "2025-07-01T00:00:00Z")).as(err.toString()).isZero();

        assertThat(first.getIngestedAt()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
        assertThat(kafka.articles().get(0).value()).isEqualTo(first);
    }

    @Test
    void topicsCanBeChosen() throws IOException {
        Path good = write("g.txt", "T\n" + Fixtures.ENGLISH_TEXT);
        Path bad = write("b.txt", "");

        run(good.toString(), bad.toString(), "--topic", "custom.articles", "--rejects-topic", "custom.rejects");

        assertThat(kafka.articles()).extracting(ProducerRecord::topic).containsOnly("custom.articles");
        assertThat(kafka.deadLetters()).extracting(ProducerRecord::topic).containsOnly("custom.rejects");
    }

    @Test
    void theSeedsArePublishedWithTheirHeadlinesAsTitles() {
        Path seeds = Path.of("../samples/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "samples/seeds not present");

        assertThat(run(seeds.toString())).isZero();

        assertThat(kafka.articles()).hasSize(3);
        assertThat(kafka.articles()).extracting(r -> r.value().getTitle())
                .allSatisfy(title -> assertThat(title).isNotBlank())
                .contains("Democratic Republic of Congo negotiates with United States for access to minerals in "
                        + "exchange for military aid against M23");
        assertThat(kafka.articles()).extracting(r -> r.value().getLanguage()).containsOnly("en");
    }

    @Test
    void theDevCorpusBecomes79EventsWithTheirIdsIntact() throws IOException {
        Path corpus = Path.of("../../shared/corpus/dev/articles.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "dev corpus not present");
        List<String> expectedIds = Files.readAllLines(corpus).stream().filter(l -> !l.isBlank())
                .map(l -> l.replaceFirst("^\\{\"id\": \"([^\"]+)\".*$", "$1")).toList();

        int exit = run(corpus.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(kafka.articles()).hasSize(79);
        assertThat(kafka.articles()).extracting(r -> r.value().getId()).containsExactlyElementsOf(expectedIds);
        assertThat(kafka.articles()).extracting(r -> r.value().getLanguage()).contains("en", "fr");
        assertThat(kafka.deadLetters()).isEmpty();
    }

    @Test
    void standardInputIsReadWithADash() {
        byte[] stdin = ("{\"id\":\"s1\",\"text\":\"" + Fixtures.ENGLISH_TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8);

        assertThat(run(new ProduceCommand(kafka), stdin, "-")).isZero();

        assertThat(kafka.articles()).extracting(r -> r.value().getId(), r -> r.value().getOrigin())
                .containsExactly(tuple("s1", Origin.STDIN));
    }

    @Test
    void aDryRunValidatesWithoutAnyKafkaConnection() throws IOException {
        Path good = write("g.txt", "T\n" + Fixtures.ENGLISH_TEXT);
        Path bad = write("b.txt", "T\n");

        int exit = run(new ProduceCommand(), new byte[0], good.toString(), bad.toString(), "--dry-run");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("dry run (nothing published): 1 valid, 1 rejected (empty-text: 1)");
    }

    @Test
    void publishingWithoutAKafkaConnectionIsFatal() throws IOException {
        Path good = write("g.txt", "T\n" + Fixtures.ENGLISH_TEXT);

        assertThat(run(new ProduceCommand(), new byte[0], good.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no Kafka connection");
    }

    @Test
    void aFailedSendMakesTheRunFatal() throws IOException {
        Path good = write("g.txt", "T\n" + Fixtures.ENGLISH_TEXT);
        kafka.articleMock().sendException = new org.apache.kafka.common.errors.TimeoutException("broker gone");

        assertThat(run(good.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("FAILED: 1 records not delivered", "broker gone");
    }

    @Test
    void followModeRepublishesNothingAfterA304AndResumesFromStateAfterARestart() {
        String feedUrl = server.url("/rss");
        server.route("/rss", r -> "\"v1\"".equals(r.header("If-None-Match")) ? Reply.status(304)
                : Reply.ok("application/rss+xml", FeedFixtures.rss(FeedFixtures.item("g1", "One", null),
                        FeedFixtures.item("g2", "Two", "Wed, 19 Mar 2025 10:15:30 GMT"))).withHeader("ETag", "\"v1\""));

        int exit = run("--feed", feedUrl, "--follow", "--interval", "30s", "--max-polls", "3");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(kafka.articles()).extracting(r -> r.value().getId()).containsExactly("g1", "g2");
        assertThat(kafka.articles()).extracting(r -> r.value().getOrigin()).containsOnly(Origin.FEED);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(server.requestsTo("/rss")).extracting(req -> req.header("If-None-Match"))
                .containsExactly(null, "\"v1\"", "\"v1\"");

        // A restart with the same state dir: one-shot pull, server ignores validators now; nothing is re-published.
        server.serve("/rss", Reply.ok("application/rss+xml", FeedFixtures.rss(FeedFixtures.item("g1", "One", null),
                FeedFixtures.item("g2", "Two", null), FeedFixtures.item("g3", "Three", null))));
        kafka = new CapturingPublishers(); // the command closed the producers it was given

        assertThat(run("--feed", feedUrl)).as(err.toString()).isZero();
        assertThat(kafka.articles()).extracting(r -> r.value().getId()).containsExactly("g3");
        assertThat(err.toString()).contains("2 feed items already published before");
    }

    @Test
    void followNeedsAFeed() {
        assertThat(run("--follow", "some-file.txt")).isNotZero();
        assertThat(err.toString()).contains("--follow needs at least one --feed");
    }
}
