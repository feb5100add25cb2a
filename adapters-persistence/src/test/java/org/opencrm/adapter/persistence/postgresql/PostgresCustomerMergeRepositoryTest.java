package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.CustomerMergeRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresCustomerMergeRepositoryTest extends CustomerMergeRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
