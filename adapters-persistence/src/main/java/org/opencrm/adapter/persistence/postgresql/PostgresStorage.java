package org.opencrm.adapter.persistence.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;
import org.opencrm.adapter.persistence.jooq.JooqSession;
import org.opencrm.adapter.persistence.jooq.JooqStorage;
import org.opencrm.adapter.persistence.jooq.SchemaMigrations;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * Opens a PostgreSQL store: a small HikariCP pool, one connection of which the session holds for its writes
 * (a second one joins it for large import batches), the others serving long reads beside it; the schema migrated by Flyway from {@code db/migration/postgresql}.
 */
final class PostgresStorage {

    /** The highest {@code V<n>__} file in {@code db/migration/postgresql}; a test keeps the two in step. */
    static final int LATEST_SCHEMA_VERSION = 17;

    /**
     * Every write transaction of every process on the store first takes this transaction-scoped advisory lock:
     * writers queue as they do on SQLite, so the next free customer key and the check that an external id is
     * free stay true until commit. Readers never take it.
     */
    static final String WRITE_LOCK = "SELECT pg_advisory_xact_lock(7243311)";

    /** The session's connection, the companion of its bulk writes (once one is made), and five for reads. */
    private static final int POOL_SIZE = 7;

    private PostgresStorage() {
    }

    /** Loads the driver and the pool and initialises jOOQ for PostgreSQL; connects to nothing. */
    static void prepare() {
        new HikariConfig().setDriverClassName(org.postgresql.Driver.class.getName());
        JooqStorage.prepare(SQLDialect.POSTGRES);
    }

    static Storage open(StoreLocation location) {
        HikariDataSource pool = pool(location);
        try {
            SchemaMigrations.migrate(pool, "postgresql", LATEST_SCHEMA_VERSION, redacted(location));
            Connection connection = pool.getConnection();
            JooqSession session = new JooqSession(connection, SQLDialect.POSTGRES, redacted(location),
                    () -> reader(pool), WRITE_LOCK);
            return new JooqStorage(session, new PostgresBackend(aggregateInDatabase(location)), pool::close);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException("cannot open " + redacted(location) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store URI's own option {@code aggregate=database|stream} (default stream): where the reports'
     * per-customer summaries are computed; database ships a tenth of the rows, for a server across a network.
     */
    static boolean aggregateInDatabase(StoreLocation location) {
        Matcher option = AGGREGATE.matcher(location.uri());
        if (!option.find()) {
            return false;
        }
        return switch (option.group(2)) {
            case "database" -> true;
            case "stream" -> false;
            default -> throw new StorageException("store " + redacted(location) + ": 'aggregate' must be database "
                    + "or stream, got '" + option.group(2) + "'");
        };
    }

    private static final Pattern AGGREGATE = Pattern.compile("([?&])aggregate=([^&]*)");

    /** The URI part without {@code aggregate=...}, which is ours, not the driver's. */
    private static String withoutOwnOptions(String part) {
        int query = part.indexOf('?');
        if (query < 0) {
            return part;
        }
        String kept = java.util.Arrays.stream(part.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("aggregate=")).collect(java.util.stream.Collectors.joining("&"));
        return part.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** The JDBC URL of a {@code postgresql://} or {@code jdbc:postgresql:} store URI (without our own options). */
    static String jdbcUrl(StoreLocation location) {
        String rest = withoutOwnOptions(location.schemeSpecificPart());
        if (!rest.startsWith("//") || rest.length() <= 2) {
            throw new StorageException("store " + redacted(location) + " names no server; use "
                    + "postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD");
        }
        return "jdbc:postgresql:" + rest;
    }

    /** The URI with any password masked: store names end up in messages and logs. */
    static String redacted(StoreLocation location) {
        return location.uri().replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static HikariDataSource pool(StoreLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(location));
        config.setPoolName("crm-postgresql");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        // Multi-row inserts are already what the repositories send; this makes plain JDBC batches multi-row too.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StorageException("cannot connect to " + redacted(location) + ": " + cause.getMessage(), e);
        }
    }

    /** A reader connection: outside autocommit, so the driver streams result sets in fetch-size chunks. */
    private static Connection reader(HikariDataSource pool) throws SQLException {
        Connection c = pool.getConnection();
        c.setAutoCommit(false);
        c.setReadOnly(true);
        return c;
    }
}
