package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.CustomerRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }

    @Override
    protected boolean pushesDownProfileConditions() {
        return true;
    }
}
