package io.claimstream.producer.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses the publication dates sources state. A date we cannot read is absent, never guessed: the pipeline would
 * rather have no {@code publishedAt} than a wrong one.
 */
public final class PublishedDates {

    private static final List<Function<String, Instant>> PARSERS = List.of(
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            // A zone-less date-time is read as UTC: the date part is what the source said, only the offset is assumed.
            s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC),
            s -> OffsetDateTime.parse(s.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());

    private PublishedDates() {
    }

    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return Optional.of(parser.apply(s));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
