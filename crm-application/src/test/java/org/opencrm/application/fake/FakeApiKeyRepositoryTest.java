package org.opencrm.application.fake;

import org.opencrm.application.contract.ApiKeyRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
