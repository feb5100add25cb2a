package org.opencrm.adapter.persistence.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.SQLDialect;

/** Whole-table reads streamed row by row instead of loaded: PostgreSQL needs a transaction for that. */
public final class Streaming {

    /** Rows fetched per round trip while streaming. */
    public static final int FETCH_SIZE = 10_000;

    /** What a streamed read does with its connection. */
    @FunctionalInterface
    interface Read {
        void run(Connection connection) throws SQLException;
    }

    private Streaming() {
    }

    /**
     * Runs {@code read} so that statements with a fetch size stream: PostgreSQL's driver uses a cursor only
     * inside a transaction, so a connection in autocommit mode gets a read-only one for the read's length.
     */
    static void read(Connection connection, SQLDialect dialect, Read read) throws SQLException {
        boolean transaction = dialect == SQLDialect.POSTGRES && connection.getAutoCommit();
        if (transaction) {
            connection.setAutoCommit(false);
        }
        try {
            read.run(connection);
        } finally {
            if (transaction) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
