package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.CustomerMergeRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryCustomerMergeRepositoryTest extends CustomerMergeRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
