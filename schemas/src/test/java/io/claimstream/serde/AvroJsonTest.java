package io.claimstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.schema.Article;
import io.claimstream.schema.Origin;
import io.claimstream.testdata.TestRecords;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void anArticleBecomesPlainJsonWithUnionsUnwrappedAndIsoTimestamps() {
        ObjectNode json = AvroJson.toJson(TestRecords.anArticle().build());

        assertThat(json.get("id").asText()).isEqualTo("a-1");
        assertThat(json.get("url").asText()).isEqualTo("https://www.example.com/news/deal?utm_source=x");
        assertThat(json.get("publishedAt").asText()).isEqualTo("2025-03-14T09:30:00.123Z");
        assertThat(json.get("ingestedAt").asText()).isEqualTo("2025-03-14T10:00:00Z");
        assertThat(json.get("origin").asText()).isEqualTo("FILE");
        assertThat(json.get("attributes").get("author").asText()).isEqualTo("A. Writer");
    }

    @Test
    void nullUnionsAreJsonNull() {
        Article article = TestRecords.anArticle().setPublishedAt(null).setTitle(null).setOrigin(Origin.STDIN).build();

        ObjectNode json = AvroJson.toJson(article);

        assertThat(json.get("publishedAt").isNull()).isTrue();
        assertThat(json.get("title").isNull()).isTrue();
    }

    @Test
    void bytesAreBase64AndNestedArraysAndRecordsAreNatural() {
        ObjectNode deadLetter = AvroJson.toJson(TestRecords.aDeadLetter().build());
        ObjectNode deal = AvroJson.toJson(TestRecords.aDealState().build());

        assertThat(deadLetter.get("value").asText()).isEqualTo("e33/");
        assertThat(deadLetter.get("key").asText()).isEqualTo("aw==");
        assertThat(deadLetter.get("partition").asInt()).isZero();
        assertThat(deadLetter.get("offset").asLong()).isEqualTo(42L);
        assertThat(deal.at("/bids/0/bidder/id").asText()).isEqualTo("US");
        assertThat(deal.at("/bids/0/offers/0/amount").asDouble()).isEqualTo(2.0e9);
        assertThat(deal.at("/bids/0/timeline/0/at").asText()).isEqualTo("2025-03-14T09:30:00.123Z");
        assertThat(deal.at("/pieces/0/copies/0/publishedAt").isNull()).isTrue();
        assertThat(deal.at("/version").asLong()).isEqualTo(7L);
    }

    @Test
    void aRecordIsOneLineOfJson() {
        String line = AvroJson.toJsonString(TestRecords.anEntity().build());

        assertThat(line).isEqualTo("{\"id\":\"CD\",\"type\":\"COUNTRY\",\"name\":\"DR Congo\",\"surface\":\"Congo\"}");
    }
}
