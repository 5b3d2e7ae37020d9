package io.claimstream.ops.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the {@code --from}/{@code --to} of an export: an ISO-8601 instant ({@code 2026-11-01T10:00:00Z}), date-time with
 * offset ({@code 2026-11-01T10:00+01:00}), local date-time or date (both UTC), or a duration meaning "that long ago"
 * ({@code PT1H}, {@code P1D}, {@code P1DT12H}, {@code P2W}).
 */
public final class TimeBound {

    private TimeBound() {
    }

    public static Instant parse(String text, Clock clock) {
        String t = text.trim();
        if (t.startsWith("P") || t.startsWith("p")) {
            return clock.instant().minus(ago(t));
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // not an instant; try the other forms
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // no time
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither an ISO-8601 instant or date"
                    + " (2026-11-01T10:00:00Z, 2026-11-01) nor a duration (PT1H, P1D)");
        }
    }

    /** {@code P1DT2H} is a Duration; {@code P2W} and {@code P1M} only parse as a Period, counted in days of 24 h. */
    private static Duration ago(String t) {
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            try {
                Period p = Period.parse(t);
                return Duration.ofDays(p.toTotalMonths() * 30 + p.getDays());
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("'" + t + "' is not an ISO-8601 duration such as PT1H or P1D");
            }
        }
    }
}
