package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StorageProvider;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * Storage plugin {@code postgresql://HOST:PORT/DB?user=U&password=P} (or the same as a {@code jdbc:postgresql:}
 * URL): a PostgreSQL server, its schema migrated on first use.
 */
public final class PostgresStorageProvider implements StorageProvider {

    @Override
    public String scheme() {
        return "postgresql";
    }

    @Override
    public String description() {
        return "PostgreSQL server (postgresql://host:5432/crm?user=crm&password=...)";
    }

    @Override
    public Storage open(StoreLocation location) {
        return PostgresStorage.open(location);
    }

    @Override
    public void prepare(StoreLocation location) {
        PostgresStorage.prepare();
    }
}
