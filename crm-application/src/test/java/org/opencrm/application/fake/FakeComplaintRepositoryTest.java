package org.opencrm.application.fake;

import org.opencrm.application.contract.ComplaintRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeComplaintRepositoryTest extends ComplaintRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
