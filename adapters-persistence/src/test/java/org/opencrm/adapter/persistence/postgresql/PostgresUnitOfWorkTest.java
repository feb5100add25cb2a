package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.UnitOfWorkContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
