package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.AssociationRuleRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemoryAssociationRuleRepositoryTest extends AssociationRuleRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
