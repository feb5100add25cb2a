package org.opencrm.adapter.persistence.jooq;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * Streams a query's rows through plain JDBC: a whole-table read then costs the database's work and the row's own
 * objects, not a jOOQ record per row as well (a third or more of such a read). jOOQ still builds the statement.
 */
final class JdbcRows {

    /** Reads the current row of a result set. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private JdbcRows() {
    }

    /** Runs {@code query} (its values inlined by jOOQ) and hands each row to {@code row}, in the query's order. */
    static void forEach(DSLContext dsl, ResultQuery<?> query, Row row) {
        String sql = dsl.renderInlined(query);
        dsl.connection(c -> Streaming.read(c, dsl.dialect(), connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setFetchSize(Streaming.FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            }
        }));
    }

    /** A nullable integer column by position. */
    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable big integer column by position. */
    static Long bigint(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
