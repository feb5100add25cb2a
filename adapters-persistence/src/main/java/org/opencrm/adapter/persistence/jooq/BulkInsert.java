package org.opencrm.adapter.persistence.jooq;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.opencrm.application.error.StorageException;

/**
 * Multi-row inserts for bulk writes: jOOQ renders the dialect's {@code INSERT ... VALUES (...),(...)} (with its
 * conflict clause) once per row count, and rows are bound straight through JDBC. Rendering a statement with
 * thousands of bind values per call costs more than running it; this keeps imports near the database's own speed.
 */
final class BulkInsert implements RowWriter {

    private final JooqSession session;
    private final Table<Record> table;
    private final List<Field<?>> columns;
    private final Function<InsertValuesStepN<Record>, Query> conflictClause;
    private final int rowsPerStatement;
    private final Map<Integer, String> sqlByRows = new HashMap<>();
    private PreparedStatement full;

    BulkInsert(JooqSession session, Table<Record> table, List<Field<?>> columns,
               Function<InsertValuesStepN<Record>, Query> conflictClause, int rowsPerStatement) {
        this.session = session;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.conflictClause = conflictClause;
        this.rowsPerStatement = rowsPerStatement;
    }

    /** Inserts the rows (values in column order); returns how many the database stored. */
    @Override
    public int write(DSLContext dsl, List<Object[]> rows) {
        int stored = 0;
        try {
            for (int from = 0; from < rows.size(); from += rowsPerStatement) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
                if (chunk.size() == rowsPerStatement) {
                    if (full == null) {
                        full = session.connection().prepareStatement(sql(dsl, rowsPerStatement));
                    }
                    stored += run(full, chunk);
                } else {
                    try (PreparedStatement ps = session.connection().prepareStatement(sql(dsl, chunk.size()))) {
                        stored += run(ps, chunk);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StorageException("cannot write " + table.getName() + ": " + e.getMessage(), e);
        }
        return stored;
    }

    private int run(PreparedStatement ps, List<Object[]> chunk) throws SQLException {
        int i = 1;
        for (Object[] row : chunk) {
            for (Object value : row) {
                // The usual types set directly: setObject tries the driver's whole list of types on every value.
                if (value instanceof String text) {
                    ps.setString(i++, text);
                } else if (value instanceof Long number) {
                    ps.setLong(i++, number);
                } else if (value == null) {
                    ps.setNull(i++, Types.NULL);
                } else {
                    ps.setObject(i++, value);
                }
            }
        }
        return ps.executeUpdate();
    }

    private String sql(DSLContext dsl, int rows) {
        return sqlByRows.computeIfAbsent(rows, n -> {
            InsertValuesStepN<Record> insert = dsl.insertInto(table).columns(columns);
            Object[] placeholders = new Object[columns.size()];
            for (int r = 0; r < n; r++) {
                insert = insert.values(placeholders);
            }
            return conflictClause.apply(insert).getSQL(ParamType.INDEXED);
        });
    }
}
