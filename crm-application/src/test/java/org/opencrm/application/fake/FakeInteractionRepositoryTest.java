package org.opencrm.application.fake;

import org.opencrm.application.contract.InteractionRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeInteractionRepositoryTest extends InteractionRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
