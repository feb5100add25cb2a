package org.opencrm.adapter.persistence.sqlite;

import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StorageProvider;
import org.opencrm.application.port.out.storage.StoreLocation;

/** Storage plugin {@code sqlite:PATH}: an embedded SQLite file, created and migrated on first use. */
public final class SqliteStorageProvider implements StorageProvider {

    @Override
    public String scheme() {
        return "sqlite";
    }

    @Override
    public String description() {
        return "embedded SQLite file, the default (sqlite:./crm.db)";
    }

    @Override
    public Storage open(StoreLocation location) {
        return SqliteStorage.open(location);
    }

    @Override
    public boolean exists(StoreLocation location) {
        return SqliteStorage.exists(location);
    }

    @Override
    public void prepare(StoreLocation location) {
        SqliteStorage.prepare();
    }
}
