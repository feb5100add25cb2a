package org.opencrm.adapter.persistence.jooq;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.opencrm.application.error.StorageException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL bulk writes through the COPY protocol, straight into the table. COPY aborts on the first
 * duplicate key, so the rows whose keys are already stored are found first (one query, the keys sent as one
 * array) and left out: the same skip-what-is-there semantics as the SQLite path, inside the caller's
 * transaction. No other writer can add those keys in between: write transactions hold the store's write lock.
 * The rows must have distinct keys (the repository keeps the first of repeats).
 */
final class CopyInsert implements RowWriter {

    private final JooqSession session;
    private final String copy;
    private final String existing;
    private final int keyColumn;

    /** {@code key} null: rows known to be new (fresh keys chosen under the write lock), copied as they are. */
    CopyInsert(JooqSession session, Table<?> table, List<Field<?>> columns, Field<?> key) {
        this.session = session;
        String names = columns.stream().map(Field::getName).collect(Collectors.joining(", "));
        this.copy = "COPY " + table.getName() + " (" + names + ") FROM STDIN (FORMAT csv)";
        this.existing = key == null ? null : "SELECT " + key.getName() + " FROM " + table.getName() + " WHERE "
                + key.getName() + " IN (SELECT unnest(?::varchar[]))";
        this.keyColumn = key == null ? -1 : columns.indexOf(key);
    }

    @Override
    public int write(DSLContext dsl, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        try {
            Connection c = session.connection();
            Set<Object> stored = existing == null ? Set.of() : storedKeys(c, rows);
            List<Object[]> fresh = stored.isEmpty() ? rows
                    : rows.stream().filter(r -> !stored.contains(r[keyColumn])).toList();
            if (fresh.isEmpty()) {
                return 0;
            }
            return (int) c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv(fresh)));
        } catch (SQLException | IOException e) {
            throw new StorageException("cannot copy rows into the store: " + e.getMessage(), e);
        }
    }

    /** The keys among the rows' that the table already holds. */
    private Set<Object> storedKeys(Connection c, List<Object[]> rows) throws SQLException {
        Set<Object> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(existing)) {
            ps.setArray(1, c.createArrayOf("varchar", rows.stream().map(r -> r[keyColumn]).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored;
    }

    /** CSV as COPY reads it: strings always quoted (an empty string stays one), null as nothing at all. */
    static String csv(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = row[i];
                if (v instanceof String text) {
                    out.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (v != null) {
                    out.append(v);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
