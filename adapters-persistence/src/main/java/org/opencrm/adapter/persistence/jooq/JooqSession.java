package org.opencrm.adapter.persistence.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.UnitOfWork;

/**
 * One JDBC connection shared by the repositories of a store, with the store's unit of work.
 *
 * <p>SQLite allows one writer at a time, so a single connection guarded by a lock is both the simplest and
 * the fastest arrangement; a transaction holds the lock from begin to commit, and nested units join it.
 */
public final class JooqSession implements UnitOfWork, AutoCloseable {

    private final Connection connection;
    private final DSLContext dsl;
    private final ReentrantLock lock = new ReentrantLock();
    /** SQLite reader connections between point reads; see {@link #read}. */
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(32);
    private volatile boolean closed;
    private final String storeName;
    private final ConnectionSource readers;
    private final String beginStatement;
    private final CustomerKeys customerKeys = new CustomerKeys();
    private final List<Runnable> rollbackListeners = new CopyOnWriteArrayList<>();
    /** The second connection of bulk writes, once one asked for it; see {@link #companion}. */
    private Connection companion;
    private boolean companionInUse;
    private boolean companionRefused;

    public JooqSession(Connection connection, SQLDialect dialect, String storeName) {
        this(connection, dialect, storeName, null);
    }

    /**
     * A session that may also open extra connections for long reads that run beside the main one
     * ({@code readers} may be null: then everything goes through the one connection).
     */
    public JooqSession(Connection connection, SQLDialect dialect, String storeName, ConnectionSource readers) {
        this(connection, dialect, storeName, readers, null);
    }

    /**
     * A session whose transactions each start with {@code beginStatement} (may be null): how a server database
     * serialises writers the way SQLite's immediate transactions do, so that what a transaction reads before it
     * writes (the next free customer key) cannot change under it.
     */
    public JooqSession(Connection connection, SQLDialect dialect, String storeName, ConnectionSource readers,
                       String beginStatement) {
        this.readers = readers;
        this.beginStatement = beginStatement;
        this.connection = Objects.requireNonNull(connection);
        rollbackListeners.add(customerKeys::clear);
        this.storeName = Objects.requireNonNull(storeName);
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(new DefaultConnectionProvider(connection), dialect, settings);
    }

    /** Runs a query or statement under the session lock, inside the current transaction if there is one. */
    public <T> T with(Function<DSLContext, T> work) {
        lock.lock();
        try {
            return work.apply(dsl);
        } catch (org.jooq.exception.DataAccessException e) {
            throw StoreFaults.of(storeName, e).orElseGet(() -> new StorageException("store " + storeName + ": "
                    + rootMessage(e), e));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a short read: inside this thread's transaction through the session's connection (it must see its
     * own writes), otherwise on a reader connection beside it, so concurrent lookups (HTTP requests) neither
     * queue behind each other nor behind a long write. SQLite's reader connections are kept open for the next
     * read (opening one costs more than the lookup); a server's come from its pool and go back to it.
     */
    public <T> T read(Function<DSLContext, T> work) {
        if (readers == null || lock.isHeldByCurrentThread()) {
            return with(work);
        }
        boolean keep = dsl.dialect() == SQLDialect.SQLITE;
        Connection reader = keep ? idleReaders.poll() : null;
        try {
            if (reader == null) {
                reader = readers.open();
            }
            T result = work.apply(DSL.using(reader, dsl.dialect(), dsl.settings()));
            if (!keep || closed || !idleReaders.offer(reader)) {
                reader.close();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(reader);
            if (e instanceof org.jooq.exception.DataAccessException d) {
                throw new StorageException("store " + storeName + ": " + rootMessage(d), d);
            }
            if (e instanceof SQLException sql) {
                throw new StorageException("store " + storeName + ": " + sql.getMessage(), sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get(); // nested: joins the outer transaction
            }
            begin();
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                rollback(e);
                throw StoreFaults.translated(storeName, e);
            } catch (Error e) {
                rollback(e);
                throw e;
            }
            commit();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** The session's own connection, for JDBC work inside {@link #with} or {@link #inTransaction}. */
    public Connection connection() {
        return connection;
    }

    SQLDialect dialect() {
        return dsl.dialect();
    }

    /** Opens connections for reads that run in parallel with the session's own. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /**
     * A second connection for the current transaction's bulk writes, so the server stores two halves of a batch
     * on two cores. It has a transaction of its own that commits right after this one and rolls back with it:
     * a crash between the two commits leaves part of a batch unstored (a re-run of the import stores it), never
     * rows of a batch whose transaction rolled back. Null outside a transaction, when the store opens no extra
     * connections, or when the server would not give one (then the session's writes go through its one
     * connection from then on, rather than each batch waiting for the pool's timeout again). Kept open for the
     * session's later transactions, like the session's own. Called by the thread that holds the transaction.
     */
    public Connection companion() {
        if (readers == null || companionRefused || !lock.isHeldByCurrentThread() || autoCommitting()) {
            return null;
        }
        if (companion == null) {
            Connection c = null;
            try {
                c = readers.open();
                c.setReadOnly(false);
                c.setAutoCommit(false);
                companion = c;
            } catch (SQLException e) {
                closeQuietly(c);
                companionRefused = true;
                return null;
            }
        }
        companionInUse = true;
        return companion;
    }

    private boolean autoCommitting() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new StorageException("store " + storeName + ": " + e.getMessage(), e);
        }
    }

    /** Whether the current transaction has written through its companion connection. */
    boolean hasCompanion() {
        return companionInUse && lock.isHeldByCurrentThread();
    }

    CustomerKeys customerKeys() {
        return customerKeys;
    }

    /** Whether long reads may run on connections of their own ({@link #onReader}). */
    public boolean hasReaders() {
        return readers != null;
    }

    /** Runs a read on a connection of its own, outside the session lock; committed data only. */
    public <T> T onReader(SqlWork<T> work) {
        try (Connection reader = readers.open()) {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StorageException("store " + storeName + ": " + e.getMessage(), e);
        }
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Registers something to forget on rollback, such as a cache of keys that the rollback took back. */
    void onRollback(Runnable listener) {
        rollbackListeners.add(listener);
    }

    private void begin() {
        try {
            connection.setAutoCommit(false);
            if (beginStatement != null) {
                try (java.sql.Statement s = connection.createStatement()) {
                    s.execute(beginStatement);
                }
            }
        } catch (SQLException e) {
            autoCommit();
            throw new StorageException("store " + storeName + ": cannot begin a transaction: " + e.getMessage(), e);
        }
    }

    private void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            throw StoreFaults.of(storeName, e)
                    .orElseGet(() -> new StorageException("store " + storeName + ": commit failed: " + e.getMessage(), e));
        }
        autoCommit();
        commitCompanion();
    }

    private void commitCompanion() {
        if (!companionInUse) {
            return;
        }
        companionInUse = false;
        try {
            companion.commit();
        } catch (SQLException e) {
            rollbackListeners.forEach(Runnable::run);
            closeCompanion();
            throw new StorageException("store " + storeName + ": commit of a batch's second half failed (its first "
                    + "half is stored; running the import again stores the rest): " + e.getMessage(), e);
        }
    }

    private void closeCompanion() {
        closeQuietly(companion);
        companion = null;
    }

    private void rollback(Throwable cause) {
        rollbackListeners.forEach(Runnable::run);
        if (companionInUse) {
            companionInUse = false;
            try {
                companion.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
                closeCompanion();
            }
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        // Quietly: after a failure the driver may have ended the transaction itself (SQLite does on a full disk),
        // and that must not replace the failure that caused it.
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StorageException("store " + storeName + ": " + e.getMessage(), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        for (Connection idle = idleReaders.poll(); idle != null; idle = idleReaders.poll()) {
            closeQuietly(idle);
        }
        lock.lock();
        try {
            closeCompanion();
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("store " + storeName + ": close failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
