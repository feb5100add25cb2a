package org.opencrm.application.fake;

import org.opencrm.application.contract.CustomerMergeRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeCustomerMergeRepositoryTest extends CustomerMergeRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
