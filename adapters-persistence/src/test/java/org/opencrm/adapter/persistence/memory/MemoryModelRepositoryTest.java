package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.ModelRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryModelRepositoryTest extends ModelRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
