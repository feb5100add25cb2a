package org.opencrm.formats.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
                return isoDate(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.length() == 20 && t.charAt(19) == 'Z') {
                Instant utc = utcSeconds(t);
                if (utc != null) {
                    return utc;
                }
            }
            String iso = t.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a date or timestamp (use YYYY-MM-DD, YYYYMMDD or ISO-8601)");
        }
    }

    /**
     * YYYY-MM-DD read digit by digit: the formatter's general machinery was a tenth of a bulk import's parsing
     * time, and nearly every export writes dates this way. Anything else goes to the formatter.
     */
    private static LocalDate isoDate(String t) {
        if (t.charAt(4) != '-' || t.charAt(7) != '-') {
            return LocalDate.parse(t);
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return LocalDate.parse(t);
        }
        return LocalDate.of(year, month, day); // refuses 2024-02-30 as the formatter would
    }

    /**
     * YYYY-MM-DDTHH:MM:SSZ read digit by digit, as {@link #isoDate}: the spelling machine exports write (and the
     * offset parser's general machinery was most of an interaction import's parsing). Null for anything else.
     */
    private static Instant utcSeconds(String t) {
        char sep = t.charAt(10);
        if (t.charAt(4) != '-' || t.charAt(7) != '-' || (sep != 'T' && sep != ' ') || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        // Refuses 2024-02-30 and 25:00 as the formatter would.
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
