package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_AMOUNT_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CUSTOMER_SEQ;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_OCCURRED_AT_MS;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/** One row per purchase, in the (customer, time) index order: what any SQL database can answer. */
final class PlainHistoryRows implements HistoryRows {

    @Override
    public String sql(DSLContext dsl, Field<String> extras, Condition usualRow) {
        return dsl.select(PURCHASE_CUSTOMER_SEQ, PURCHASE_OCCURRED_AT_MS, PURCHASE_AMOUNT_MINOR, extras)
                .from(PURCHASE).where(PURCHASE_CUSTOMER_SEQ.gt(DSL.param("low", Long.class)))
                .and(PURCHASE_CUSTOMER_SEQ.le(DSL.param("high", Long.class)))
                .orderBy(PURCHASE_CUSTOMER_SEQ, PURCHASE_OCCURRED_AT_MS).getSQL(ParamType.INDEXED);
    }

    @Override
    public void read(ResultSet row, Facts facts) throws SQLException {
        facts.add(row.getLong(2), row.getLong(3), row.getString(4));
    }
}
