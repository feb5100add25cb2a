package org.opencrm.adapter.persistence.memory;

import org.opencrm.application.contract.SurveyResponseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class MemorySurveyResponseRepositoryTest extends SurveyResponseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorageProvider().open(StoreLocation.of("memory:"));
    }
}
