package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.SegmentRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresSegmentRepositoryTest extends SegmentRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
