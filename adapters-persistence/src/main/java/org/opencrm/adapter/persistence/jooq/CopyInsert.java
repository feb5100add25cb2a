package org.opencrm.adapter.persistence.jooq;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.opencrm.application.error.StorageException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL bulk writes through the COPY protocol: the rows are copied into a temporary staging table, then
 * moved into the real one by one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, so rows already stored
 * (or repeated in the batch) are skipped exactly as the SQLite path skips them, inside the caller's
 * transaction. COPY alone would abort on the first duplicate key.
 */
final class CopyInsert implements RowWriter {

    private final JooqSession session;
    private final String stage;
    private final String createStage;
    private final String copy;
    private final String moveIntoTable;
    private boolean staged;

    /** {@code orderBy}: the order rows enter the table in (that of its busiest index keeps its pages warm). */
    CopyInsert(JooqSession session, Table<?> table, List<Field<?>> columns, Field<?> key, List<Field<?>> orderBy) {
        this.session = session;
        this.stage = table.getName() + "_stage";
        String names = columns.stream().map(Field::getName).collect(Collectors.joining(", "));
        this.createStage = "CREATE TEMPORARY TABLE IF NOT EXISTS " + stage + " (LIKE " + table.getName()
                + " INCLUDING DEFAULTS)";
        this.copy = "COPY " + stage + " (" + names + ") FROM STDIN (FORMAT csv)";
        this.moveIntoTable = "INSERT INTO " + table.getName() + " (" + names + ") SELECT " + names + " FROM " + stage
                + " ORDER BY " + orderBy.stream().map(Field::getName).collect(Collectors.joining(", "))
                + " ON CONFLICT (" + key.getName() + ") DO NOTHING";
    }

    @Override
    public int write(DSLContext dsl, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        try (Statement s = session.connection().createStatement()) {
            if (!staged) {
                s.execute(createStage);
                staged = true;
            }
            s.execute("TRUNCATE " + stage);
            session.connection().unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv(rows)));
            return s.executeUpdate(moveIntoTable);
        } catch (SQLException | IOException e) {
            throw new StorageException("cannot copy rows into " + stage + ": " + e.getMessage(), e);
        }
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
