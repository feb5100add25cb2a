package org.opencrm.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The days and instants the product keeps: years 1 to 9999, the ones ISO 8601 writes with four digits. Wider
 * ones parse (the JDK reads years up to a billion) but overflow a store's milliseconds or a report's date
 * arithmetic, so they are refused where they come in, by field.
 */
public final class TimeRange {

    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST = LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private TimeRange() {
    }

    /** {@code day}, if the product keeps it; refused by field otherwise. */
    public static LocalDate requireKept(String field, LocalDate day) {
        Objects.requireNonNull(day, "'" + field + "' must not be null");
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("'" + field + "' " + day + " is outside the dates kept, " + FIRST_DAY
                    + " to " + LAST_DAY);
        }
        return day;
    }

    /** {@code at}, if the product keeps it; refused by field otherwise. */
    public static Instant requireKept(String field, Instant at) {
        Objects.requireNonNull(at, "'" + field + "' must not be null");
        if (at.isBefore(FIRST) || !at.isBefore(AFTER_LAST)) {
            throw new IllegalArgumentException("'" + field + "' " + at + " is outside the times kept, years 1 to 9999");
        }
        return at;
    }
}
