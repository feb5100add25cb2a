package org.opencrm.application.fake;

import org.opencrm.application.contract.ProductRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeProductRepositoryTest extends ProductRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
