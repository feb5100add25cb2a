package org.opencrm.adapter.persistence.jooq;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.opencrm.application.error.StorageException;

/**
 * Names the faults of the machine under a store (a full disk, a read-only file) in one line, from whatever
 * the driver reported: the real cause must not be lost behind the errors the failure caused next (such as
 * SQLite's "cannot commit - no transaction is active" after it rolled a full transaction back itself).
 */
public final class StoreFaults {

    private StoreFaults() {
    }

    /** The fault in {@code e}'s causes, as a one-line refusal naming the store; empty if it is none of them. */
    public static Optional<StorageException> of(String storeName, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            String state = t instanceof SQLException sql ? String.valueOf(sql.getSQLState()) : "";
            if (text.contains("sqlite_full") || text.contains("database or disk is full")
                    || text.contains("no space left on device") || state.equals("53100")) {
                return Optional.of(new StorageException("store " + storeName + ": disk full; every committed batch "
                        + "is kept: free space and run the same command again to store the rest", e));
            }
            if (text.contains("sqlite_readonly") || text.contains("attempt to write a readonly database")) {
                return Optional.of(new StorageException("store " + storeName + ": read-only (the file or its folder "
                        + "cannot be written); reports can read it, imports need write access", e));
            }
        }
        return Optional.empty();
    }

    /** {@code e} itself, or the fault it hides. */
    public static RuntimeException translated(String storeName, RuntimeException e) {
        return of(storeName, e).<RuntimeException>map(f -> f).orElse(e);
    }
}
