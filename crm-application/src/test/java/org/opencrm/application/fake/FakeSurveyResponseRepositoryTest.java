package org.opencrm.application.fake;

import org.opencrm.application.contract.SurveyResponseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeSurveyResponseRepositoryTest extends SurveyResponseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
