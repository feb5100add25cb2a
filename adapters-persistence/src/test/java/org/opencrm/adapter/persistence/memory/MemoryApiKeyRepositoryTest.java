package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.ApiKeyRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
