package org.opencrm.adapter.persistence.postgresql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.opencrm.adapter.persistence.jooq.HistoryRows;
import org.opencrm.adapter.persistence.jooq.JooqSession;
import org.opencrm.adapter.persistence.jooq.PurchaseDaysScan;
import org.opencrm.adapter.persistence.jooq.RowWriter;
import org.opencrm.adapter.persistence.jooq.SqlBackend;
import org.postgresql.PGStatement;

/** PostgreSQL's ways: COPY for bulk rows, packed history rows, binary reads, indexes set aside for a first load. */
public final class PostgresBackend implements SqlBackend {

    /** What {@link #loadPurchases} drops and makes again: see V1 and V6 of db/migration/postgresql. */
    private static final List<String> WITHOUT_PURCHASE_INDEXES = List.of(
            "ALTER TABLE purchase_line DROP CONSTRAINT purchase_line_purchase_id_fkey",
            "ALTER TABLE purchase DROP CONSTRAINT purchase_pkey",
            "DROP INDEX purchase_customer_history");

    private static final List<String> WITH_PURCHASE_INDEXES = List.of(
            "ALTER TABLE purchase ADD CONSTRAINT purchase_pkey PRIMARY KEY (id)",
            "CREATE INDEX purchase_customer_history ON purchase (customer_seq, occurred_at_ms) "
                    + "INCLUDE (amount_minor, currency, categories)",
            "ALTER TABLE purchase_line ADD CONSTRAINT purchase_line_purchase_id_fkey FOREIGN KEY (purchase_id) "
                    + "REFERENCES purchase (id) ON DELETE CASCADE");

    private final boolean aggregateInDatabase;

    /** {@code aggregateInDatabase}: reports' per-customer summaries computed by the server. */
    public PostgresBackend(boolean aggregateInDatabase) {
        this.aggregateInDatabase = aggregateInDatabase;
    }

    /** Rows go in by COPY, whatever {@code rowsPerStatement} says: the server's own loader. */
    @Override
    public RowWriter rowWriter(JooqSession session, Table<Record> table, List<Field<?>> columns, Field<?> key,
                               int rowsPerStatement) {
        return new CopyInsert(session, table, columns, key);
    }

    /** COPY gains nothing from rows in index order. */
    @Override
    public boolean sortsRowsBeforeInsert() {
        return false;
    }

    @Override
    public HistoryRows historyRows() {
        return new PackedHistoryRows();
    }

    /**
     * Binary rows from the first execution: a long is eight bytes to copy, not digits to parse (the driver sends
     * text until a statement has run five times).
     */
    @Override
    public void prepareLongRead(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    @Override
    public Optional<PurchaseDaysScan> purchaseDaysScan() {
        return aggregateInDatabase ? Optional.of(new PostgresPurchaseDays()) : Optional.empty();
    }

    /**
     * When the purchase table is empty: its primary key, the history index and the line table's foreign key
     * are dropped for the load and made again at the end, in the same transaction (so a load cut off leaves
     * them as they were): loading a bare table and building the indexes once is less than half the server time
     * of loading with them in place (docs/performance.md). Their definitions are those of the migrations
     * (V1, V6); a test compares the rebuilt schema with a freshly migrated one.
     */
    @Override
    public <T> T loadPurchases(JooqSession session, Supplier<T> load) {
        return session.inTransaction(() -> {
            boolean empty = !session.with(dsl -> dsl.fetchExists(DSL.table(DSL.name("purchase"))));
            if (empty) {
                execute(session, WITHOUT_PURCHASE_INDEXES);
            }
            T result = load.get();
            if (empty) {
                execute(session, WITH_PURCHASE_INDEXES);
            }
            return result;
        });
    }

    /** ANALYZE: a sample of each table, well under a second for millions of rows. */
    @Override
    public void bulkLoadEnded(JooqSession session) {
        session.with(dsl -> dsl.execute("ANALYZE"));
    }

    private static void execute(JooqSession session, List<String> statements) {
        session.with(dsl -> {
            for (String ddl : statements) {
                dsl.execute(ddl);
            }
            return null;
        });
    }
}
