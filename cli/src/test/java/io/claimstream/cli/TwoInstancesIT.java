package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimstream.schema.DuplicateNotice;
import io.claimstream.schema.UniqueArticle;
import io.claimstream.stack.LocalStackExtension;
import io.claimstream.stack.StackEndpoints;
import io.claimstream.streams.app.StreamsApp;
import io.claimstream.streams.topics.TopicLabel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the app share the work of one pipeline with several partitions: copies that arrive under other keys
 * (other partitions) are still found, and the deal queries answer on either instance.
 */
@ExtendWith(LocalStackExtension.class)
class TwoInstancesIT {

    @Test
    void copiesOnOtherPartitionsAreFoundAndEitherInstanceAnswersDealQueries(StackEndpoints endpoints, @TempDir Path tmp) throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(PipelineHarness.seeds())) {
            seeds = s.sorted().toList();
        }
        for (Path seed : seeds) {
            Files.copy(seed, inputs.resolve(seed.getFileName()));
        }
        String original = Files.readString(seeds.get(0));
        int nl = original.indexOf('\n');
        // An exact copy and a copy in other site chrome, under other ids and so other keys and partitions.
        Files.writeString(inputs.resolve("mirror-exact.txt"), original);
        Files.writeString(inputs.resolve("mirror-chrome.txt"), original.substring(0, nl + 1)
                + "Home | World | Africa\nShare this article\n" + original.substring(nl + 1)
                + "\nRECOMMENDATION\nSubscribe to our newsletter for the latest news.\n");

        PipelineHarness pipeline = PipelineHarness.create(endpoints, "two-instances", 3);
        try (StreamsApp first = pipeline.start();
             StreamsApp second = pipeline.startAnotherInstance(Files.createDirectories(tmp.resolve("state-2")))) {
            await().atMost(Duration.ofMinutes(2)).until(() -> first.runner().health().ready() && second.runner().health().ready()
                    && first.runner().streams().metadataForAllStreamsClients().size() == 2);
            assertThat(pipeline.publish(inputs)).isZero();
            pipeline.awaitProcessed(first, Duration.ofMinutes(3));

            List<ConsumerRecord<String, DuplicateNotice>> notices = pipeline.read(TopicLabel.ARTICLES_DUPLICATES, DuplicateNotice.class);
            // The three identical texts are one story: two notices point at the third. Which of them is the piece
            // depends, live, on which partition's record reached the dedup task first (docs/guarantees.md, "Dedup
            // order"): with two instances the seed and its exact mirror can arrive in either order.
            List<String> story = List.of("file:inputs/" + seeds.get(0).getFileName(), "file:inputs/mirror-exact.txt",
                    "file:inputs/mirror-chrome.txt");
            assertThat(notices).hasSize(2);
            assertThat(notices).extracting(r -> r.value().getArticleId()).doesNotHaveDuplicates().isSubsetOf(story);
            String piece = story.stream().filter(id -> notices.stream().noneMatch(n -> n.value().getArticleId().equals(id)))
                    .findFirst().orElseThrow();
            assertThat(notices).allSatisfy(r -> assertThat(r.value().getCanonicalArticleId()).isEqualTo(piece));
            List<ConsumerRecord<String, UniqueArticle>> pieces = pipeline.read(TopicLabel.ARTICLES_UNIQUE, UniqueArticle.class);
            assertThat(pieces.stream().filter(r -> r.value().getCopyCount() == 0)).hasSize(3);

            assertThat(first.runner().streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            HttpClient http = HttpClient.newHttpClient();
            for (StreamsApp app : List.of(first, second)) {
                HttpResponse<String> one = http.send(HttpRequest.newBuilder(URI.create(app.httpBaseUrl() + "/deals/CD:critical-minerals")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(one.statusCode()).isEqualTo(200);
                assertThat(one.body()).contains("\"dealId\":\"CD:critical-minerals\"");
                HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(app.httpBaseUrl() + "/deals")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(all.body()).contains("CD:critical-minerals", "UA:critical-minerals");
            }
        }
    }
}
