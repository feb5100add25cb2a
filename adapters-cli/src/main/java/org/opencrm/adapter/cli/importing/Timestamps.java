package org.opencrm.adapter.cli.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the timestamp spellings found in exports: {@code 2024-03-01}, {@code 20240301},
 * {@code 2024-03-01T10:15:30}, {@code 2024-03-01 10:15:30}, with or without an offset or {@code Z}.
 * Times without an offset are taken as UTC, the zone reports use by default.
 */
public final class Timestamps {

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Timestamps() {
    }

    public static Instant parse(String text) {
        String t = text.strip();
        try {
            if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(t, COMPACT_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            String iso = t.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date or timestamp (use YYYY-MM-DD, YYYYMMDD or ISO-8601)");
        }
    }
}
