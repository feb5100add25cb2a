package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.CampaignRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryCampaignRepositoryTest extends CampaignRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
