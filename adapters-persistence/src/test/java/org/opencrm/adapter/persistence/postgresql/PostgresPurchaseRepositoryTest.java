package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.PurchaseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class PostgresPurchaseRepositoryTest extends PurchaseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        // With the summaries computed by the server, so the contract checks that SQL against the histories.
        return new PostgresStorageProvider().open(StoreLocation.of(PostgresServer.newDatabase().uri() + "&aggregate=database"));
    }
}
