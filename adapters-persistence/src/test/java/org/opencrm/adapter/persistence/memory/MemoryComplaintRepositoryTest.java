package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.ComplaintRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryComplaintRepositoryTest extends ComplaintRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
