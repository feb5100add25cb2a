package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.SegmentRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemorySegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
