package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.ProductRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresProductRepositoryTest extends ProductRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
