package org.opencrm.application.fake;

import org.opencrm.application.contract.PurchaseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakePurchaseRepositoryTest extends PurchaseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
