package org.opencrm.adapter.persistence.postgresql;

import org.opencrm.application.contract.SurveyResponseRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;

class PostgresSurveyResponseRepositoryTest extends SurveyResponseRepositoryContract {

    @Override
    protected Storage openEmptyStorage() {
        return new PostgresStorageProvider().open(PostgresServer.newDatabase());
    }
}
