package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.StoredResponseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryStoredResponseRepositoryTest extends StoredResponseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
