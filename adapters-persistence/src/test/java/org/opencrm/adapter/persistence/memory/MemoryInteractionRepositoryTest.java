package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.InteractionRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryInteractionRepositoryTest extends InteractionRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
