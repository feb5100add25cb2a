package org.opencrm.adapter.persistence.postgresql;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.opencrm.adapter.persistence.jooq.HistoryRows;

/**
 * PostgreSQL's purchase rows for the history scan: one row per customer, times and amounts packed by the server
 * into two byte strings: a tenth of the rows, no per-row fields for the driver to cut out and decode. The two
 * byte strings take a customer's rows in the same order, whichever that is; histories are put in day order by
 * the domain, and nothing in a day depends on the order of its purchases. The unusual purchases come apart,
 * keyed by time and amount (a quarter less work for the server than an array as long as the purchases).
 */
final class PackedHistoryRows implements HistoryRows {

    @Override
    public String sql(DSLContext dsl, Field<String> extras, Condition usualRow) {
        return "SELECT customer_seq, string_agg(int8send(occurred_at_ms), ''::bytea),"
                + " string_agg(int8send(amount_minor), ''::bytea), array_agg(occurred_at_ms || ':' ||"
                + " amount_minor || ':' || " + dsl.renderInlined(extras) + ") FILTER (WHERE NOT ("
                + dsl.renderInlined(usualRow) + ")) FROM purchase WHERE customer_seq > ? AND customer_seq <= ?"
                + " GROUP BY customer_seq ORDER BY customer_seq";
    }

    /**
     * One customer's purchases from a packed row: times and amounts as big-endian longs, and the extras of the
     * unusual ones as "time:amount:extras". Purchases alike in time and amount are alike in everything a
     * history holds but their extras, so which of them gets which extras makes no difference.
     */
    @Override
    public void read(ResultSet row, Facts facts) throws SQLException {
        ByteBuffer times = ByteBuffer.wrap(row.getBytes(2));
        ByteBuffer amounts = ByteBuffer.wrap(row.getBytes(3));
        Array unusual = row.getArray(4);
        Map<String, List<String>> extras = unusual == null ? Map.of() : byTimeAndAmount((Object[]) unusual.getArray());
        while (times.remaining() >= Long.BYTES) {
            long time = times.getLong();
            long amount = amounts.getLong();
            List<String> mine = extras.isEmpty() ? null : extras.get(time + ":" + amount);
            facts.add(time, amount, mine == null || mine.isEmpty() ? null : mine.remove(mine.size() - 1));
        }
    }

    private static Map<String, List<String>> byTimeAndAmount(Object[] entries) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (Object entry : entries) {
            String text = (String) entry;
            int cut = text.indexOf(':', text.indexOf(':') + 1);
            byKey.computeIfAbsent(text.substring(0, cut), k -> new ArrayList<>()).add(text.substring(cut + 1));
        }
        return byKey;
    }
}
