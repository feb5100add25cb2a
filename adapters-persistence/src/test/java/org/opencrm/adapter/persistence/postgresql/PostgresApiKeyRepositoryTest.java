package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.ApiKeyRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
