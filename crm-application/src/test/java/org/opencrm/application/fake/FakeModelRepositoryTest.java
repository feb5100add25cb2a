package org.opencrm.application.fake;

import org.opencrm.application.contract.ModelRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeModelRepositoryTest extends ModelRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
