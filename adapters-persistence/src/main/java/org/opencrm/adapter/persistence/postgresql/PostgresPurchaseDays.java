package org.opencrm.adapter.persistence.postgresql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.adapter.persistence.jooq.JooqSession;
import org.opencrm.adapter.persistence.jooq.PurchaseDaysScan;
import org.opencrm.adapter.persistence.jooq.Streaming;
import org.opencrm.application.error.StorageException;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.PurchaseDays;

/**
 * With {@code aggregate=database} on a PostgreSQL store and a zone of fixed offset (UTC, the default), the
 * days are computed by the server: one pass in index order, a row per customer and currency, merged here;
 * a tenth of the rows cross the network. Otherwise the repository reduces the streamed histories, which is
 * faster on one machine (docs/performance.md); zones with daylight saving always need Java's time-zone rules.
 */
final class PostgresPurchaseDays implements PurchaseDaysScan {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    @Override
    public boolean handles(ZoneId zone) {
        return zone.getRules().isFixedOffset();
    }

    @Override
    public void scan(JooqSession session, ZoneId zone, LocalDate upTo, Consumer<PurchaseDays> sink) {
        long offset = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1000L;
        long endMs = Math.multiplyExact(upTo.toEpochDay() + 1, MILLIS_PER_DAY) - offset;
        // Floor division, also before 1970: SQL's integer division truncates toward zero.
        String day = "CASE WHEN occurred_at_ms + ? >= 0 THEN (occurred_at_ms + ?) / 86400000"
                + " ELSE -((86399999 - (occurred_at_ms + ?)) / 86400000) END";
        // One pass in the (customer, time) index order: window functions give each purchase its customer's first
        // and last day and the number of distinct days (a day differing from the previous purchase's starts one),
        // then a group per customer and currency sums the spend. No sort spills, unlike GROUP BY + join.
        String sql = "SELECT c.id, x.first_day, x.last_day, x.days, x.currency, sum(x.amount_minor),"
                + " sum(CASE WHEN x.day = x.first_day THEN x.amount_minor ELSE 0 END)"
                + " FROM (SELECT k, day, currency, amount_minor, min(day) OVER w AS first_day,"
                + " max(day) OVER w AS last_day,"
                + " sum(CASE WHEN prev_day IS NULL OR day <> prev_day THEN 1 ELSE 0 END) OVER w AS days"
                + " FROM (SELECT customer_seq AS k, " + day + " AS day, currency, amount_minor,"
                + " lag(" + day + ") OVER (PARTITION BY customer_seq ORDER BY occurred_at_ms) AS prev_day"
                + " FROM purchase WHERE occurred_at_ms < ?) p WINDOW w AS (PARTITION BY k)) x"
                + " JOIN customer c ON c.seq = x.k"
                + " GROUP BY x.k, c.id, x.first_day, x.last_day, x.days, x.currency ORDER BY x.k, x.currency";
        JooqSession.SqlWork<Void> scan = c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int p = 1; p <= 6; p++) {
                    ps.setLong(p, offset);
                }
                ps.setLong(7, endMs);
                ps.setFetchSize(Streaming.FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    PurchaseDaysRows rows = new PurchaseDaysRows(sink);
                    while (rs.next()) {
                        rows.add(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                                rs.getLong(6), rs.getLong(7));
                    }
                    rows.flush();
                }
            }
            return null;
        };
        if (session.hasReaders()) {
            session.onReader(scan::run);
        } else {
            session.with(dsl -> {
                try {
                    return scan.run(session.connection());
                } catch (SQLException e) {
                    throw new StorageException("store: " + e.getMessage(), e);
                }
            });
        }
    }

    /** Merges a customer's rows (one per currency) into one {@link PurchaseDays}: exact decimal sums. */
    private static final class PurchaseDaysRows {
        private final Consumer<PurchaseDays> sink;
        private String customer;
        private long first;
        private long last;
        private int days;
        private BigDecimal spend;
        private BigDecimal firstDaySpend;
        private Currency only;
        private boolean mixed;

        PurchaseDaysRows(Consumer<PurchaseDays> sink) {
            this.sink = sink;
        }

        void add(String id, long firstDay, long lastDay, int dayCount, String currency, long minor, long firstMinor) {
            if (!id.equals(customer)) {
                flush();
                customer = id;
                first = firstDay;
                last = lastDay;
                days = dayCount;
                spend = BigDecimal.ZERO;
                firstDaySpend = BigDecimal.ZERO;
                only = null;
                mixed = false;
            }
            Currency unit = Money.currency(currency);
            mixed |= only != null && !only.equals(unit);
            only = unit;
            spend = spend.add(Money.ofMinor(minor, unit).amount());
            firstDaySpend = firstDaySpend.add(Money.ofMinor(firstMinor, unit).amount());
        }

        void flush() {
            if (customer != null) {
                sink.accept(new PurchaseDays(CustomerId.of(customer), LocalDate.ofEpochDay(first),
                        LocalDate.ofEpochDay(last), days, spend, firstDaySpend,
                        mixed ? Optional.empty() : Optional.of(only)));
                customer = null;
            }
        }
    }
}
