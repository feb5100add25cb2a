package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.ProductRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryProductRepositoryTest extends ProductRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
