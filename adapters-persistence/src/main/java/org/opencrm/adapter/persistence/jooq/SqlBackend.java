package org.opencrm.adapter.persistence.jooq;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * What one SQL database does its own way behind the shared jOOQ repositories: how rows are bulk-written, how a
 * purchase-history scan asks for its rows, what the database can aggregate itself, how a bulk load treats the
 * indexes. The defaults are plain SQL (multi-row INSERT, one row per purchase); each backend's folder
 * ({@code sqlite/}, {@code postgresql/}) implements this, so a third database is a folder of its own.
 */
public interface SqlBackend {

    /**
     * Writes rows of {@code table} in bulk. {@code key} null: the rows are new by construction (fresh keys chosen
     * under the write lock); otherwise rows whose key is stored already are skipped. The default is a multi-row
     * INSERT of {@code rowsPerStatement} rows at a time.
     */
    default RowWriter rowWriter(JooqSession session, Table<Record> table, List<Field<?>> columns, Field<?> key,
                                int rowsPerStatement) {
        return new BulkInsert(session, table, columns, key == null ? insert -> insert : insert -> insert
                .onConflictDoNothing(), rowsPerStatement);
    }

    /** Whether a bulk write sorts its rows in history-index order first (index pages written in order). */
    default boolean sortsRowsBeforeInsert() {
        return true;
    }

    /** How the purchase-history scan asks for a range of customers' purchases and reads them back. */
    default HistoryRows historyRows() {
        return new PlainHistoryRows();
    }

    /** Sets up a statement of a long streamed read (binary transfer, say) before it runs. */
    default void prepareLongRead(PreparedStatement statement) throws SQLException {
    }

    /** The per-customer purchase days computed by the database itself, where this store is set to. */
    default Optional<PurchaseDaysScan> purchaseDaysScan() {
        return Optional.empty();
    }

    /** Runs a bulk load of purchases in one transaction; a backend may set the indexes aside meanwhile. */
    default <T> T loadPurchases(JooqSession session, Supplier<T> load) {
        return session.inTransaction(load);
    }

    /** After a bulk load: what lets the planner see the new data (statistics), if the database needs it. */
    default void bulkLoadEnded(JooqSession session) {
    }
}
