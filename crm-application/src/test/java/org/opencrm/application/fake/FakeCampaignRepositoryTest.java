package org.opencrm.application.fake;

import org.opencrm.application.contract.CampaignRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeCampaignRepositoryTest extends CampaignRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
