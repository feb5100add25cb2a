package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.StoredResponseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresStoredResponseRepositoryTest extends StoredResponseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
