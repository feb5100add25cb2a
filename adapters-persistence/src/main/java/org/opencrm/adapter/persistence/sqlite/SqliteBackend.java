package org.opencrm.adapter.persistence.sqlite;

import org.opencrm.adapter.persistence.jooq.SqlBackend;

/**
 * SQLite takes the plain-SQL defaults: multi-row INSERTs of rows sorted in index order (a bulk insert runs
 * about a quarter faster that way), one row per purchase in history scans, aggregation in Java.
 */
public final class SqliteBackend implements SqlBackend {
}
