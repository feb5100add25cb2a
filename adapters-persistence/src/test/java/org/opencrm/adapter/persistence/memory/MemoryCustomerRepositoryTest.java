package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.CustomerRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
