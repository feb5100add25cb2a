package org.opencrm.adapter.persistence.jooq;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The purchase side of the history scan: the query for the purchases of customers with keys in (?, ?], in key
 * order with the key in the first column, and how one of its rows becomes purchase facts.
 */
public interface HistoryRows {

    /**
     * The query. {@code extras} is the currency and categories of a purchase, null in the usual case that
     * {@code usualRow} describes (the store's usual currency, no categories).
     */
    String sql(DSLContext dsl, Field<String> extras, Condition usualRow);

    /** Hands the purchases of the current row to {@code facts}. */
    void read(ResultSet row, Facts facts) throws SQLException;

    /** Receives one purchase of a history: its time, amount in minor units and extras (null: the usual ones). */
    @FunctionalInterface
    interface Facts {
        void add(long occurredAtMs, long amountMinor, String extras);
    }
}
