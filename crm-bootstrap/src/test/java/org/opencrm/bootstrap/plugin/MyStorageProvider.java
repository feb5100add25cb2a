package org.opencrm.bootstrap.plugin;

import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StorageProvider;
import org.opencrm.application.port.out.storage.StoreLocation;

/** The README's storage plugin, compiled and tested: the scheme {@code mystore:} over an in-memory store. */
public final class MyStorageProvider implements StorageProvider {

    @Override
    public String scheme() {
        return "mystore";
    }

    @Override
    public String description() {
        return "mystore:NAME, the README's example plugin (in memory)";
    }

    @Override
    public Storage open(StoreLocation location) {
        // A real backend connects here; its Storage hands out the repositories and one UnitOfWork that
        // they all share, so every repository's writes commit or roll back together.
        return new FakeStorage();
    }
}
