package org.opencrm.application.fake;

import org.opencrm.application.contract.CustomerRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
