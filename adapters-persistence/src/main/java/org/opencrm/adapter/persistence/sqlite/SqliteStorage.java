package org.opencrm.adapter.persistence.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.opencrm.adapter.persistence.jooq.JooqSession;
import org.opencrm.adapter.persistence.jooq.JooqStorage;
import org.opencrm.adapter.persistence.jooq.SchemaMigrations;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteJDBCLoader;

/** Opens an SQLite file in WAL mode, migrated to the latest schema, behind the jOOQ repositories. */
final class SqliteStorage {

    /** The highest {@code V<n>__} file in {@code db/migration/sqlite}; a test keeps the two in step. */
    static final int LATEST_SCHEMA_VERSION = 15;

    private SqliteStorage() {
    }

    /** Loads the driver's native library and initialises jOOQ for SQLite; touches no file. */
    static void prepare() {
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            // open() reports it, with the store's name
        }
        JooqStorage.prepare(SQLDialect.SQLITE);
    }

    static Storage open(StoreLocation location) {
        Path file = path(location);
        requireDatabase(file, location);
        // A store on a read-only disk, or in a folder it may not write its journal in, is still read: opened
        // immutable (no journal, no locks), it serves reports; a write is refused as read-only.
        boolean readOnly = Files.exists(file) && (!Files.isWritable(file) || !Files.isWritable(file.getParent()));
        SQLiteDataSource dataSource = readOnly ? readOnlyDataSource(file) : dataSource(file);
        if (readOnly) {
            if (!SchemaMigrations.isCurrent(dataSource, LATEST_SCHEMA_VERSION)) {
                throw new StorageException("store " + location + " is read-only and its schema is not this crm's: "
                        + "open it once where it can be written to bring it up to date");
            }
        } else {
            SchemaMigrations.migrate(dataSource, "sqlite", LATEST_SCHEMA_VERSION, location.uri());
        }
        try {
            Connection connection = dataSource.getConnection();
            return new JooqStorage(new JooqSession(connection, SQLDialect.SQLITE, location.uri(),
                    dataSource::getConnection), new SqliteBackend(), () -> { });
        } catch (SQLException e) {
            throw new StorageException("cannot open " + location + ": " + e.getMessage(), e);
        }
    }

    /** Whether the store's file is there (a blank or folder location counts as one, for open() to refuse). */
    static boolean exists(StoreLocation location) {
        String part = file(location);
        return part.isBlank() || Files.exists(Path.of(part));
    }

    private static String file(StoreLocation location) {
        String part = location.schemeSpecificPart();
        return part.startsWith("//") ? part.substring(2) : part;
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

    /** A file that is there but is no SQLite database (a CSV named crm.db, say) is refused by name, in one line. */
    private static void requireDatabase(Path file, StoreLocation location) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            if (head.length > 0 && !new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("SQLite format 3\u0000")) {
                throw new StorageException("store " + location + ": " + file + " is not an SQLite database (a crm "
                        + "store is one); name another file with --store sqlite:PATH");
            }
        } catch (IOException e) {
            throw new StorageException("store " + location + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource readOnlyDataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(10_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1");
        return ds;
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
}
