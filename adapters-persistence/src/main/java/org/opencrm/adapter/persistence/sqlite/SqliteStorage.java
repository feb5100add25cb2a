package org.opencrm.adapter.persistence.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.SQLDialect;
import org.opencrm.adapter.persistence.jooq.JooqCustomerRepository;
import org.opencrm.adapter.persistence.jooq.JooqModelRepository;
import org.opencrm.adapter.persistence.jooq.JooqProductRepository;
import org.opencrm.adapter.persistence.jooq.JooqPurchaseRepository;
import org.opencrm.adapter.persistence.jooq.JooqSession;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** An SQLite file opened in WAL mode, migrated to the latest schema, behind the jOOQ repositories. */
final class SqliteStorage implements Storage {

    /** The highest {@code V<n>__} file in {@code db/migration/sqlite}; a test keeps the two in step. */
    static final int LATEST_SCHEMA_VERSION = 3;

    private final JooqSession session;
    private final JooqCustomerRepository customers;
    private final JooqPurchaseRepository purchases;
    private final JooqModelRepository models;
    private final JooqProductRepository products;

    private SqliteStorage(JooqSession session) {
        this.session = session;
        this.customers = new JooqCustomerRepository(session);
        this.purchases = new JooqPurchaseRepository(session);
        this.models = new JooqModelRepository(session);
        this.products = new JooqProductRepository(session);
    }

    static SqliteStorage open(StoreLocation location) {
        Path file = path(location);
        SQLiteDataSource dataSource = dataSource(file);
        migrate(dataSource, location);
        try {
            Connection connection = dataSource.getConnection();
            return new SqliteStorage(new JooqSession(connection, SQLDialect.SQLITE, location.uri(),
                    dataSource::getConnection));
        } catch (SQLException e) {
            throw new StorageException("cannot open " + location + ": " + e.getMessage(), e);
        }
    }

    private static Path path(StoreLocation location) {
        String part = location.schemeSpecificPart();
        if (part.startsWith("//")) {
            part = part.substring(2);
        }
        if (part.isBlank()) {
            throw new StorageException("store " + location + " names no file; use sqlite:PATH, e.g. sqlite:./crm.db");
        }
        Path file = Path.of(part).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StorageException("cannot create the folder of " + location + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new StorageException("store " + location + " is a folder, not a file");
        }
        return file;
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode keeps every committed transaction across a process crash (kill -9);
        // only a power loss can take back the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        // Write transactions take the write lock when they begin: what they read (the next free key, say)
        // cannot change under them, and two writers queue instead of failing half-way.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(10_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-65_536); // 64 MiB page cache
        // Checkpoint the WAL every ~40 MB instead of every 4 MB: bulk imports copy each hot index page back
        // into the database file less often.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "10000");
        // Reads through a memory map skip a read() per page: the history scan of a large store gets faster.
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(1L << 30));
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static void migrate(SQLiteDataSource dataSource, StoreLocation location) {
        if (schemaIsCurrent(dataSource)) {
            return; // Flyway's classpath scan and validation cost a quarter of a second on every start
        }
        try {
            Flyway.configure(SqliteStorage.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/sqlite")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate " + location + " to the current schema: " + e.getMessage(), e);
        }
    }

    /** Whether the store's schema history already ends at {@link #LATEST_SCHEMA_VERSION}. */
    private static boolean schemaIsCurrent(SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                     + "AND name = 'flyway_schema_history'")) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return false;
            }
            try (ResultSet v = s.executeQuery("SELECT max(CAST(version AS INTEGER)), min(success) "
                    + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
                return v.next() && v.getInt(1) == LATEST_SCHEMA_VERSION && v.getInt(2) == 1;
            }
        } catch (SQLException e) {
            return false; // let Flyway look and report what is wrong
        }
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public PurchaseRepository purchases() {
        return purchases;
    }

    @Override
    public ModelRepository models() {
        return models;
    }

    @Override
    public ProductRepository products() {
        return products;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return session;
    }

    @Override
    public void close() {
        session.close();
    }
}
