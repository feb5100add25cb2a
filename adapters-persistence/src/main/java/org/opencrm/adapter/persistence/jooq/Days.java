package org.opencrm.adapter.persistence.jooq;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Epoch milliseconds to days in a zone; plain arithmetic for fixed offsets such as UTC, the common case. */
final class Days {
    static final long MILLIS_PER_DAY = 86_400_000L;
    private final ZoneId zone;
    private final Long fixedOffsetMillis;
    /** Spans of this many days are cached; a store's purchases usually fall in a few thousand. */
    private static final int SPAN = 1 << 16;
    private final LocalDate[] cache = new LocalDate[SPAN];
    private long firstCached = Long.MIN_VALUE;

    Days(ZoneId zone) {
        this.zone = zone;
        this.fixedOffsetMillis = zone.getRules().isFixedOffset()
                ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1000L : null;
    }

    LocalDate of(long epochMilli) {
        if (fixedOffsetMillis != null) {
            long epochDay = Math.floorDiv(epochMilli + fixedOffsetMillis, MILLIS_PER_DAY);
            // A store spans a few thousand distinct days: one LocalDate each instead of one per purchase,
            // found by subtraction (a map keyed by day would box each key).
            if (firstCached == Long.MIN_VALUE) {
                firstCached = epochDay - SPAN / 2;
            }
            long slot = epochDay - firstCached;
            if (slot < 0 || slot >= SPAN) {
                return LocalDate.ofEpochDay(epochDay);
            }
            LocalDate day = cache[(int) slot];
            if (day == null) {
                day = LocalDate.ofEpochDay(epochDay);
                cache[(int) slot] = day;
            }
            return day;
        }
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMilli), zone);
    }
}
