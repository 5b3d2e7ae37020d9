package io.claimstream.producer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-19                         | 2025-03-19T00:00:00Z
            2025-03-19T10:15:30Z               | 2025-03-19T10:15:30Z
            2025-03-19T10:15:30+02:00          | 2025-03-19T08:15:30Z
            2025-03-19T10:15:30.250-05:00      | 2025-03-19T15:15:30.250Z
            2025-03-19T10:15:30+0200           | 2025-03-19T08:15:30Z
            2025-03-19T10:15:30                | 2025-03-19T10:15:30Z
            Wed, 19 Mar 2025 10:15:30 GMT      | 2025-03-19T10:15:30Z
            Wed, 19 Mar 2025 10:15:30 +0100    | 2025-03-19T09:15:30Z
            """)
    void parsesDatesSourcesUse(String input, String expected) {
        assertThat(PublishedDates.parse(input)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"yesterday", "19/03/2025", "  "})
    void unreadableDatesAreAbsentNotGuessed(String input) {
        assertThat(PublishedDates.parse(input)).isEmpty();
    }
}
