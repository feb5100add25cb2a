package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.InteractionRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresInteractionRepositoryTest extends InteractionRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
