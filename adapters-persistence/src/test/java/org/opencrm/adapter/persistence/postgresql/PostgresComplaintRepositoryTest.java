package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.ComplaintRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresComplaintRepositoryTest extends ComplaintRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
