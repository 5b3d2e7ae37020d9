package io.claimstream.ops.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeBoundTest {

    private final Clock now = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void anIsoInstantIsThatInstant() {
        assertThat(TimeBound.parse("2026-11-01T10:15:30Z", now)).isEqualTo(Instant.parse("2026-11-01T10:15:30Z"));
    }

    @Test
    void anOffsetDateTimeIsConvertedToUtc() {
        assertThat(TimeBound.parse("2026-11-01T10:00+01:00", now)).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
    }

    @Test
    void aDateIsMidnightUtc() {
        assertThat(TimeBound.parse("2026-11-01", now)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aDurationMeansThatLongAgo() {
        assertThat(TimeBound.parse("PT1H", now)).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(TimeBound.parse("P1D", now)).isEqualTo(Instant.parse("2026-11-22T12:00:00Z"));
        assertThat(TimeBound.parse("P2W", now)).isEqualTo(Instant.parse("2026-11-09T12:00:00Z"));
    }

    @Test
    void anythingElseIsRejectedWithTheAcceptedForms() {
        assertThatThrownBy(() -> TimeBound.parse("yesterday", now))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT1H");
    }

    @Test
    void aRangeIncludesFromAndExcludesTo() {
        TimeRange range = TimeRange.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"));

        assertThat(range.contains(Instant.parse("2026-11-01T00:00:00Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2026-11-02T00:00:00Z"))).isFalse();
        assertThat(TimeRange.ALL.contains(Instant.EPOCH)).isTrue();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> TimeRange.between(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
