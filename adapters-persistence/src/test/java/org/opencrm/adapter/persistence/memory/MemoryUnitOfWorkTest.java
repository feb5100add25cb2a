package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.UnitOfWorkContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
