package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.PurchaseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresPurchaseRepositoryTest extends PurchaseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
