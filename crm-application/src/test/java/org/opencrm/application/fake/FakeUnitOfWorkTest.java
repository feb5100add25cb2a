package org.opencrm.application.fake;

import org.opencrm.application.contract.UnitOfWorkContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
