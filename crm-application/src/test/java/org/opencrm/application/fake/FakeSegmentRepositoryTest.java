package org.opencrm.application.fake;

import org.opencrm.application.contract.SegmentRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeSegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
