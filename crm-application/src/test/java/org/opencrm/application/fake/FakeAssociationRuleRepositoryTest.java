package org.opencrm.application.fake;

import org.opencrm.application.contract.AssociationRuleRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

/** The fake honours the same contract as the real backends. */
class FakeAssociationRuleRepositoryTest extends AssociationRuleRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new FakeStorage();
    }
}
