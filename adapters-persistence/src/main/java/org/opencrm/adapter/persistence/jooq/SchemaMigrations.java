package org.opencrm.adapter.persistence.jooq;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.opencrm.application.error.StorageException;

/** Brings a store's schema to the latest version with Flyway, from the migrations of its dialect. */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /**
     * Migrates {@code classpath:db/migration/<folder>}; skipped when the history already ends at {@code latest},
     * as Flyway's classpath scan and validation would cost every start time (docs/performance.md).
     */
    public static void migrate(DataSource dataSource, String folder, int latest, String storeName) {
        if (isCurrent(dataSource, latest)) {
            return;
        }
        try {
            Flyway.configure(SchemaMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + folder)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            // Flyway's message runs to several lines; the first says what failed.
            String first = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
            throw new StorageException("cannot migrate " + storeName + " to the current schema: " + first, e);
        }
    }

    /** Whether the store's schema history already ends at {@code latest}, read without writing anything. */
    public static boolean isCurrent(DataSource dataSource, int latest) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet v = s.executeQuery("SELECT max(CAST(version AS INTEGER)), "
                     + "min(CASE WHEN success THEN 1 ELSE 0 END) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return v.next() && v.getInt(1) == latest && v.getInt(2) == 1;
        } catch (SQLException e) {
            return false; // no history table yet, or something Flyway will explain better
        }
    }
}
