package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.AssociationRuleRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresAssociationRuleRepositoryTest extends AssociationRuleRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
