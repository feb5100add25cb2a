package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.PurchaseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryPurchaseRepositoryTest extends PurchaseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
