package org.opencrm.adapter.persistence.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StorageProvider;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * Storage plugin {@code memory:}: everything in the JVM's heap, gone when the process ends. For tests and demos.
 * {@code memory:} alone is a new, empty store each time it is opened; {@code memory:NAME} is the same store for
 * as long as the JVM runs, so one process can copy into it and report from it.
 */
public final class MemoryStorageProvider implements StorageProvider {

    private static final Map<String, MemoryStorage> NAMED = new ConcurrentHashMap<>();

    @Override
    public String scheme() {
        return "memory";
    }

    @Override
    public String description() {
        return "in-memory store, lost on exit (memory: or memory:NAME)";
    }

    @Override
    public Storage open(StoreLocation location) {
        String name = location.schemeSpecificPart().strip();
        return name.isEmpty() ? new MemoryStorage() : NAMED.computeIfAbsent(name, n -> new MemoryStorage());
    }
}
