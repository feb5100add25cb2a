package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.ModelRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresModelRepositoryTest extends ModelRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
