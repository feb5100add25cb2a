package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.CampaignRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresCampaignRepositoryTest extends CampaignRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
