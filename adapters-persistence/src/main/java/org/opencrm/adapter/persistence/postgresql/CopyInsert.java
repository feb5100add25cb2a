package org.opencrm.adapter.persistence.postgresql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.opencrm.adapter.persistence.jooq.JooqSession;
import org.opencrm.adapter.persistence.jooq.RowWriter;
import org.opencrm.application.error.StorageException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL bulk writes through the COPY protocol, straight into the table, with the same skip-what-is-there
 * semantics as the SQLite path, inside the caller's transaction. COPY aborts on the first duplicate key, so a
 * batch is first copied optimistically under a savepoint; if a key turns out to be stored already, the batch is
 * rolled back to the savepoint, the stored keys are looked up (one query, the keys sent as one array) and the
 * rest copied. After such a batch the next ones look up first (a re-run of an import collides on every batch),
 * until one finds nothing stored. No other writer can add keys in between: write transactions hold the store's
 * write lock. The rows must have distinct keys (the repository keeps the first of repeats).
 *
 * <p>Rows are rendered as CSV and sent in pieces while they are rendered, so the server stores the first rows
 * of a batch while the client renders the last. A large batch that is its table's last write in the transaction
 * ({@link #writeLast}) goes half through the session's companion connection, from a second thread: one server
 * process stores a batch at about the speed the client renders two, so two of them halve the wait (figures in
 * docs/performance.md, "PostgreSQL").
 */
final class CopyInsert implements RowWriter {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int PIECE_CHARS = 1 << 16;
    /** From this many rows a last write is split between the transaction's connection and its companion. */
    private static final int SPLIT_ROWS = 20_000;

    private final JooqSession session;
    private final String copy;
    private final String existing;
    private final int keyColumn;
    private volatile boolean lookUpFirst;

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
        return store(rows, false);
    }

    /** Large writes split in two halves, one through the transaction's companion connection. */
    @Override
    public int writeLast(DSLContext dsl, List<Object[]> rows) {
        return store(rows, true);
    }

    private int store(List<Object[]> rows, boolean split) {
        if (rows.isEmpty()) {
            return 0;
        }
        try {
            Connection c = session.connection();
            Connection second = split && rows.size() >= SPLIT_ROWS ? session.companion() : null;
            if (second == null) {
                return storeNew(c, rows);
            }
            // The halves go to two server processes at once; the second from a thread of its own.
            int half = rows.size() / 2;
            FutureTask<Integer> secondHalf = new FutureTask<>(() -> storeNew(second, rows.subList(half, rows.size())));
            Thread copier = new Thread(secondHalf, "copy-second-half");
            copier.setDaemon(true);
            copier.start();
            int copied;
            try {
                copied = storeNew(c, rows.subList(0, half));
            } finally {
                joinQuietly(copier);
            }
            return copied + secondHalf.get();
        } catch (SQLException e) {
            throw failed(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof SQLException sql ? failed(sql)
                    : cause instanceof RuntimeException r ? r : new StorageException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while copying rows into the store", e);
        }
    }

    private static StorageException failed(SQLException e) {
        return new StorageException("cannot copy rows into the store: " + e.getMessage(), e);
    }

    /** Waits for the thread even when interrupted: the connection it uses must be idle before anything else. */
    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rows through one connection, skipping the stored ones; how many were new. */
    private int storeNew(Connection c, List<Object[]> rows) throws SQLException {
        if (existing == null) {
            return copy(c, rows);
        }
        if (!lookUpFirst) {
            Savepoint beforeCopy = c.setSavepoint();
            try {
                int copied = copy(c, rows);
                c.releaseSavepoint(beforeCopy);
                return copied;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                c.rollback(beforeCopy);
            }
        }
        Set<Object> stored = storedKeys(c, rows);
        lookUpFirst = !stored.isEmpty();
        List<Object[]> fresh = stored.isEmpty() ? rows
                : rows.stream().filter(r -> !stored.contains(r[keyColumn])).toList();
        return fresh.isEmpty() ? 0 : copy(c, fresh);
    }

    private int copy(Connection c, List<Object[]> rows) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        try {
            StringBuilder piece = new StringBuilder(PIECE_CHARS + 4096);
            for (Object[] row : rows) {
                appendCsv(piece, row);
                if (piece.length() >= PIECE_CHARS) {
                    send(in, piece);
                }
            }
            send(in, piece);
            return (int) in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder piece) throws SQLException {
        byte[] bytes = piece.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        piece.setLength(0);
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

    /** One row as COPY reads CSV: strings always quoted (an empty string stays one), null as nothing at all. */
    private static void appendCsv(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = row[i];
            if (v instanceof String text) {
                out.append('"');
                if (text.indexOf('"') < 0) {
                    out.append(text);
                } else {
                    out.append(text.replace("\"", "\"\""));
                }
                out.append('"');
            } else if (v instanceof Long number) {
                out.append(number.longValue());
            } else if (v != null) {
                out.append(v);
            }
        }
        out.append('\n');
    }
}
