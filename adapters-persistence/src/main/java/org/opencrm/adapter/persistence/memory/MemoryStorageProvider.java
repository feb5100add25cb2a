package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StorageProvider;
import org.opencrm.application.port.out.storage.StoreLocation;

/** Storage plugin {@code memory:}: everything in the JVM's heap, gone when the process ends. For tests and demos. */
public final class MemoryStorageProvider implements StorageProvider {

    @Override
    public String scheme() {
        return "memory";
    }

    @Override
    public String description() {
        return "in-memory store, lost on exit (memory:)";
    }

    @Override
    public Storage open(StoreLocation location) {
        return new MemoryStorage();
    }
}
